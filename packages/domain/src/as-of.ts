import { type z } from 'zod';
import { IsoDate, todayIso } from './dates';
import { type DatedStatus, statusAsOf, statusSince } from './history';
import { type CommitmentStatus } from './status';
import { isOverdue, type TargetDate } from './target-date';

/**
 * The earliest date the dataset can be read "as of". Nothing Accord tracks is older; a bound
 * keeps a typo such as 0203-05-19 from scanning for a world that never was.
 */
export const EARLIEST_AS_OF = '2000-01-01';

/**
 * A past day to read the dataset as of: statuses, overdue flags and counts as they stood at
 * the end of that day. Today is allowed (the same as no date); a future day is refused, since
 * Accord records what has happened, not forecasts.
 */
export const AsOfDate = IsoDate.superRefine((d, ctx) => {
  // A malformed date has its one error from IsoDate already: no second one about its range.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return;
  if (d < EARLIEST_AS_OF) {
    ctx.addIssue({
      code: 'custom',
      message: `A date to read as of is on or after ${EARLIEST_AS_OF}`,
    });
  } else if (d > todayIso()) {
    ctx.addIssue({ code: 'custom', message: 'A date to read as of cannot be in the future' });
  }
});
export type AsOfDate = z.infer<typeof AsOfDate>;

export interface AsOfView {
  status: CommitmentStatus;
  /** The day the status in force took effect; null while not yet rated. */
  statusSince: IsoDate | null;
  overdue: boolean;
}

/**
 * A commitment as it stood at the end of `asOf`: only updates that had taken effect count,
 * and the target is judged against that day. Without `asOf`, as it stands today.
 */
export function commitmentAsOf(
  c: { history: readonly DatedStatus[]; target: TargetDate | null },
  asOf: IsoDate = todayIso(),
): AsOfView {
  const status = statusAsOf(c.history, asOf);
  return {
    status,
    statusSince: statusSince(c.history, asOf),
    overdue: isOverdue(c.target, status, asOf),
  };
}

/**
 * Whether a commitment existed on `asOf`: it was made at a meeting that had begun by then.
 * A commitment made at a later meeting (a sub-commitment of 2025) is absent from 2023.
 */
export function existedOn(meetingStartsOn: IsoDate, asOf: IsoDate): boolean {
  return meetingStartsOn <= asOf;
}

/** Freshness: a commitment is due for review after this many days without one. */
export const REVIEW_DUE_AFTER_DAYS = 183;

/** The last day an editor looked at a commitment: the review date or the last update. */
export function lastReviewedOn(
  reviewedOn: IsoDate | null,
  history: readonly { effectiveOn: IsoDate }[],
): IsoDate | null {
  let last = reviewedOn;
  for (const u of history) if (last === null || u.effectiveOn > last) last = u.effectiveOn;
  return last;
}
