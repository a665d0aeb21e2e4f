import { formatTargetDate, type MeetingDetail } from '@accord/domain';
import Link from '~/components/link';
import { accountsTable } from '~/lib/accounts';
import { formatDate } from '~/lib/format';
import { AttributedQuote } from './quote';
import { SourceLink } from './source-link';
import { StatusBadge } from './status';

/**
 * "How each side described it": one row per topic, one column per government, each quote in
 * the column of the party that said it, and our note on what differs.
 */
export function MeetingAccounts({ accounts }: { accounts: MeetingDetail['accounts'] }) {
  const { columns, rows } = accountsTable(accounts);
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">How each side described it</h2>
      <p>
        Each government published its own account of the meeting. Here they are side by side, topic
        by topic, in their own short words, with a note in ours on what differs. Each quote sits
        under the government that said it. <Link href="/methodology#accounts">About accounts</Link>
      </p>
      <div className="table-wrap">
        <table className="table accounts">
          <caption className="visually-hidden">
            How each side described the meeting, topic by topic
          </caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
              <th scope="col">What differs</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.topic}>
                <th scope="row">{row.topic}</th>
                {row.cells.map((quotes, i) => (
                  <td key={columns[i]?.key ?? i}>
                    {quotes.length === 0 ? (
                      <span className="definition">Not mentioned in this account</span>
                    ) : (
                      quotes.map((q) => (
                        <AttributedQuote
                          key={`${q.source.slug}-${q.text}`}
                          text={q.text}
                          form={q.form}
                          attribution={q.attribution}
                          source={q.source}
                        />
                      ))
                    )}
                  </td>
                ))}
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type MeetingLineage = MeetingDetail['lineage'];

/**
 * Commitments of other meetings that this one stated again, and later ones that build on it:
 * a later meeting's page says what was restated there.
 */
export function MeetingLineage({ lineage }: { lineage: MeetingLineage }) {
  const restated = lineage.filter((l) => l.relation === 'restated_in');
  const builtOn = lineage.filter((l) => l.relation === 'builds_on');
  return (
    <>
      {restated.length > 0 && (
        <section aria-labelledby="restated-heading">
          <h2 id="restated-heading">Commitments restated here</h2>
          <p className="definition">
            Commitments made at earlier meetings that this meeting stated again, sometimes in
            stronger or weaker words.
          </p>
          <LineageList items={restated} />
        </section>
      )}
      {builtOn.length > 0 && (
        <section aria-labelledby="built-on-heading">
          <h2 id="built-on-heading">Later commitments that build on this meeting</h2>
          <p className="definition">Commitments made later that continue what was said here.</p>
          <LineageList items={builtOn} />
        </section>
      )}
    </>
  );
}

/** The links grouped by commitment: a meeting can restate one commitment in several texts. */
function byCommitment(items: MeetingLineage): MeetingLineage[] {
  const groups = new Map<string, MeetingLineage>();
  for (const l of items) {
    const group = groups.get(l.commitment.slug) ?? [];
    group.push(l);
    groups.set(l.commitment.slug, group);
  }
  return [...groups.values()];
}

function LineageList({ items }: { items: MeetingLineage }) {
  return (
    <ul className="lineage">
      {byCommitment(items).map((links) => {
        const c = links[0]?.commitment;
        if (!c) return null;
        return (
          <li key={c.slug}>
            <p>
              <Link href={`/commitments/${c.slug}`}>{c.title}</Link>{' '}
              <StatusBadge status={c.status} />
              {c.overdue && (
                <>
                  {' '}
                  <span className="badge overdue">Past target date</span>
                </>
              )}
            </p>
            <p className="meta">
              <span>
                Made at <Link href={`/meetings/${c.meeting.slug}`}>{c.meeting.title}</Link>
              </span>
              {c.target && <span>Target: {formatTargetDate(c.target)}</span>}
            </p>
            {links.map((l, i) => (
              <div key={i} className="lineage-link">
                <p className="meta">
                  {l.relation === 'restated_in' ? 'Restated here on' : 'Said here on'}{' '}
                  <time dateTime={l.on}>{formatDate(l.on)}</time>
                </p>
                {l.quote ? (
                  <AttributedQuote
                    text={l.quote.text}
                    attribution={l.quote.attribution}
                    source={l.source}
                  />
                ) : (
                  <p className="meta">
                    Source: <SourceLink source={l.source} full />
                  </p>
                )}
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
