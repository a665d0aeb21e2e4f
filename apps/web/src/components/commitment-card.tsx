import { type CommitmentListItem, formatTargetDate } from '@accord/domain';
import Link from '~/components/link';
import { pageLocale, translations } from '~/i18n';
import { type SitePaths, TODAY_PATHS } from '~/lib/site-paths';
import { shownText } from '~/lib/translated';
import { MoreLink } from './more-link';
import { StatusBadge } from './status';

export function CommitmentCard({
  commitment: c,
  headingLevel = 3,
  paths = TODAY_PATHS,
}: {
  commitment: CommitmentListItem;
  headingLevel?: 2 | 3;
  paths?: SitePaths;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const locale = pageLocale();
  // Party names are the parties' own translations where they have one.
  const committers = c.parties
    .filter((p) => p.role === 'committer')
    .map((p) => shownText(locale, p, 'shortName').text);
  const t = translations(locale, 'brief');
  // Title and summary are the record's translation when it has one (lib/translated.ts).
  const title = shownText(locale, c, 'title');
  const summary = shownText(locale, c, 'summary');
  return (
    <article className="card commitment-card">
      <Heading className="card-title" lang={title.lang}>
        <Link href={paths.commitment(c.slug)}>{title.text}</Link>
      </Heading>
      <p className="meta">
        <StatusBadge status={c.status} since={c.statusSince} />
        <span className="strength">{translations(locale, 'vocab')(`strength.${c.strength}`)}</span>
        {committers.length > 0 && (
          <span>{t('by', { parties: committers.join(locale === 'ja' ? '・' : ' and ') })}</span>
        )}
        {c.target && <span>{t('target', { date: formatTargetDate(c.target, locale) })}</span>}
        {c.overdue && <span className="badge overdue">{t('overdue')}</span>}
      </p>
      <p lang={summary.lang}>{summary.text}</p>
    </article>
  );
}

/** Where a brief's or a party's list of commitments continues (MoreLink). */
export function MoreCommitments({ total, href }: { total: number; href: string | null }) {
  return <MoreLink label={translations(pageLocale(), 'brief')('more')} total={total} href={href} />;
}

export function CommitmentList({
  items,
  headingLevel,
  paths,
}: {
  items: CommitmentListItem[];
  headingLevel?: 2 | 3;
  paths?: SitePaths;
}) {
  if (items.length === 0) return <p>{translations(pageLocale(), 'brief')('noneYetSentence')}</p>;
  return (
    <ol className="commitment-list">
      {items.map((c) => (
        <li key={c.slug}>
          <CommitmentCard commitment={c} headingLevel={headingLevel} paths={paths} />
        </li>
      ))}
    </ol>
  );
}
