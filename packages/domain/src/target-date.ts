import { z } from 'zod';
import {
  endOfPeriod,
  formatIsoDate,
  type IsoDate,
  IsoDate as IsoDateSchema,
  todayIso,
} from './dates';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { type CommitmentStatus, STATUS_DEFINITIONS } from './status';

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * How the target date is meant. `by` is a deadline; `not_before` is the "2028 at the
 * earliest" kind, which can never be missed; `around` is a stated expectation.
 */
export const TARGET_QUALIFIERS = ['by', 'on', 'not_before', 'around'] as const;
export const TargetQualifier = z.enum(TARGET_QUALIFIERS);
export type TargetQualifier = z.infer<typeof TargetQualifier>;

export const TARGET_QUALIFIER_LABELS: Record<TargetQualifier, string> = {
  by: 'by',
  on: 'on',
  not_before: 'at the earliest',
  around: 'around',
};

export const TargetDate = z
  .object({
    /** The first day of the period: 2028 with precision `year` is stored as 2028-01-01. */
    date: IsoDateSchema,
    precision: DatePrecision,
    qualifier: TargetQualifier,
    /** Free wording from the source when the qualifier alone does not say it. */
    note: z.string().trim().max(200).nullable().default(null),
  })
  .strict();
export type TargetDate = z.infer<typeof TargetDate>;

/** How a qualifier wraps the period in Japanese: "2024年6月まで", "2028年以降". */
const TARGET_QUALIFIER_JA: Record<TargetQualifier, (period: string) => string> = {
  by: (p) => `${p}まで`,
  on: (p) => p,
  not_before: (p) => `早くても${p}`,
  around: (p) => `${p}ごろ`,
};

/**
 * Reader-facing wording: "2028 at the earliest", "by June 2024", "on 21 May 2023";
 * in Japanese "早くても2028年", "2024年6月まで", "2023年5月21日". Dates go through `Intl`.
 */
export function formatTargetDate(target: TargetDate, locale: Locale = DEFAULT_LOCALE): string {
  const year = target.date.slice(0, 4);
  const month = Number(target.date.slice(5, 7));
  const period = (() => {
    switch (target.precision) {
      case 'year':
        return formatIsoDate(target.date, locale, 'year');
      case 'quarter': {
        const quarter = Math.ceil(month / 3);
        return locale === 'ja' ? `${Number(year)}年第${quarter}四半期` : `Q${quarter} ${year}`;
      }
      case 'month':
        return formatIsoDate(target.date, locale, 'month');
      case 'day':
        return formatIsoDate(target.date, locale, 'day');
    }
  })();
  if (locale === 'ja') return TARGET_QUALIFIER_JA[target.qualifier](period);
  return target.qualifier === 'not_before'
    ? `${period} at the earliest`
    : `${TARGET_QUALIFIER_LABELS[target.qualifier]} ${period}`;
}

/** The last day on which the target is still met, or null when it cannot be missed. */
export function deadlineOf(target: TargetDate): IsoDate | null {
  if (target.qualifier === 'not_before') return null;
  return endOfPeriod(target.date, target.precision);
}

/**
 * Overdue: the target's period has ended and the commitment is not in a final status
 * (delivered or abandoned). A `not_before` target is never overdue.
 */
export function isOverdue(
  target: TargetDate | null,
  status: CommitmentStatus,
  asOf: IsoDate = todayIso(),
): boolean {
  if (!target) return false;
  if (STATUS_DEFINITIONS[status].final) return false;
  const deadline = deadlineOf(target);
  return deadline !== null && asOf > deadline;
}
