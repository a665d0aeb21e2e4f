import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  INITIAL_STATUS,
  type IsoDate,
  STATUS_DEFINITIONS,
  type StatusCounts,
} from '@accord/domain';
import { type Locale, pageLocale, translations } from '~/i18n';
import { formatDate } from '~/lib/format';

/**
 * A status, and with `since` the day it took effect: "Delivered, 21 May 2023" for a final
 * status (the day it happened), "In progress since 18 May 2023" otherwise. "Not yet rated"
 * takes no date: it is where every commitment starts, and "last reviewed" says when an editor
 * last looked.
 */
export function StatusBadge({
  status,
  since = null,
  locale = pageLocale(),
}: {
  status: CommitmentStatus;
  since?: IsoDate | null;
  /** The page's language; the one set for the page (setPageLocale) unless given. */
  locale?: Locale;
}) {
  const definition = STATUS_DEFINITIONS[status];
  const dated = since !== null && status !== INITIAL_STATUS;
  if (locale === 'ja') {
    // 「進行中（2023年5月18日から）」「実現（2023年5月21日）」.
    return (
      <span
        className={`badge status-${status}`}
        title={translations(locale, 'vocab')(`statusDefinition.${status}`)}
      >
        {translations(locale, 'status')(status)}
        {dated && (
          <>
            （<time dateTime={since}>{formatDate(since, locale)}</time>
            {definition.final ? '' : 'から'}）
          </>
        )}
      </span>
    );
  }
  return (
    <span className={`badge status-${status}`} title={definition.definition}>
      {definition.label}
      {dated && (
        <>
          {definition.final ? ', ' : ' since '}
          <time dateTime={since}>{formatDate(since)}</time>
        </>
      )}
    </span>
  );
}

/** A stacked bar (decorative) with the same numbers as text for every reader. */
export function StatusBreakdown({ counts, label }: { counts: StatusCounts; label: string }) {
  const total = COMMITMENT_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const present = COMMITMENT_STATUSES.filter((s) => counts[s] > 0);
  const locale = pageLocale();
  const statusName = (s: (typeof COMMITMENT_STATUSES)[number]) =>
    locale === 'en' ? STATUS_DEFINITIONS[s].label.toLowerCase() : translations(locale, 'status')(s);
  return (
    <div className="breakdown">
      {total > 0 && (
        <div className="bar" aria-hidden="true">
          {present.map((s) => (
            <span key={s} className={`bar-part status-${s}`} style={{ flexGrow: counts[s] }} />
          ))}
        </div>
      )}
      <ul className="breakdown-list" aria-label={label}>
        {present.map((s) => (
          <li key={s}>
            <span className={`dot status-${s}`} aria-hidden="true" />{' '}
            {locale === 'ja' ? `${statusName(s)} ${counts[s]}件` : `${counts[s]} ${statusName(s)}`}
          </li>
        ))}
        {total === 0 && <li>{translations(locale, 'brief')('noneYet')}</li>}
      </ul>
    </div>
  );
}
