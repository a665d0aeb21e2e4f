import {
  formatTargetDate,
  PARTY_ROLE_DEFINITIONS,
  PARTY_ROLES,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
} from '@accord/domain';
import { type Metadata } from 'next';
import Link from '~/components/link';
import { QuoteBlock } from '~/components/quote';
import { StatusBadge } from '~/components/status';
import { formatDate } from '~/lib/format';
import { api, loadCommitment } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  const caller = await api();
  const slugs: { slug: string }[] = [];
  let cursor: string | null = null;
  do {
    const page = await caller.commitment.list({ limit: 100, cursor });
    slugs.push(...page.items.map((c) => ({ slug: c.slug })));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const c = await loadCommitment(slug);
  return { title: c.title, description: c.summary };
}

export default async function CommitmentPage({ params }: Props) {
  const { slug } = await params;
  const c = await loadCommitment(slug);
  const strength = STRENGTH_DEFINITIONS[c.strength];
  return (
    <article className="commitment">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/themes/${c.theme.slug}`}>{c.theme.title}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{c.title}</span>
      </nav>
      <h1>{c.title}</h1>
      <p className="lede">{c.summary}</p>

      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={c.status} />{' '}
            <span className="definition">{STATUS_DEFINITIONS[c.status].definition}</span>
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>
            <strong>{strength.label}</strong>{' '}
            <span className="definition">{strength.definition}</span>
          </dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>
            {c.target ? (
              <>
                {formatTargetDate(c.target)}
                {c.target.note && <> ({c.target.note})</>}
                {c.overdue && <span className="badge overdue">Past target date</span>}
              </>
            ) : (
              'None stated'
            )}
          </dd>
        </div>
        <div>
          <dt>Made at</dt>
          <dd>
            <Link href={`/meetings/${c.meeting.slug}`}>{c.meeting.title}</Link>,{' '}
            {formatDate(c.meeting.startsOn)}
          </dd>
        </div>
        {c.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>{c.tags.join(', ')}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Parties</h2>
        <ul className="parties">
          {PARTY_ROLES.flatMap((role) =>
            c.parties
              .filter((p) => p.role === role)
              .map((p) => (
                <li key={p.slug}>
                  <Link href={`/parties/${p.slug}`}>{p.name}</Link>{' '}
                  <Link
                    className="role"
                    href={`/methodology#role-${role}`}
                    title={PARTY_ROLE_DEFINITIONS[role].definition}
                  >
                    {PARTY_ROLE_DEFINITIONS[role].label}
                  </Link>
                </li>
              )),
          )}
        </ul>
      </section>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">In their words</h2>
        {c.quotes.length === 0 ? (
          <p>No quotes recorded yet.</p>
        ) : (
          c.quotes.map((q) => <QuoteBlock key={q.id} quote={q} />)
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {c.history.length === 0 ? (
          <p>No status updates yet: the commitment is not yet rated.</p>
        ) : (
          <ol className="history">
            {c.history.map((u) => (
              <li key={u.id}>
                <p>
                  <time dateTime={u.effectiveOn}>{formatDate(u.effectiveOn)}</time>{' '}
                  <StatusBadge status={u.status} />
                </p>
                <p>{u.note}</p>
                <p className="meta">
                  By {u.author}
                  {u.sources.length > 0 && (
                    <>
                      {' '}
                      · Sources:{' '}
                      {u.sources.map((s, i) => (
                        <span key={s.slug}>
                          {i > 0 && ', '}
                          <Link href={`/sources/${s.slug}`}>{s.title}</Link>
                        </span>
                      ))}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
