import { type CommitmentListItem, formatTargetDate, STRENGTH_DEFINITIONS } from '@accord/domain';
import Link from '~/components/link';
import { type SitePaths, TODAY_PATHS } from '~/lib/site-paths';
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
  const committers = c.parties.filter((p) => p.role === 'committer').map((p) => p.shortName);
  return (
    <article className="card commitment-card">
      <Heading className="card-title">
        <Link href={paths.commitment(c.slug)}>{c.title}</Link>
      </Heading>
      <p className="meta">
        <StatusBadge status={c.status} since={c.statusSince} />
        <span className="strength">{STRENGTH_DEFINITIONS[c.strength].label}</span>
        {committers.length > 0 && <span>by {committers.join(' and ')}</span>}
        {c.target && <span>Target: {formatTargetDate(c.target)}</span>}
        {c.overdue && <span className="badge overdue">Past target date</span>}
      </p>
      <p>{c.summary}</p>
    </article>
  );
}

/** Where a long list continues; nothing when it is complete. */
export function MoreCommitments({ total, href }: { total: number; href: string | null }) {
  if (!href) return null;
  return (
    <p className="more">
      <Link href={href}>More commitments</Link> ({total} in all)
    </p>
  );
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
  if (items.length === 0) return <p>No published commitments yet.</p>;
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
