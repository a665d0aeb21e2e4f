import { formatTargetDate, type Locale, type MeetingDetail } from '@accord/domain';
import Link from '~/components/link';
import { localeLink, translations } from '~/i18n';
import { accountsTable } from '~/lib/accounts';
import { formatDate } from '~/lib/format';
import { AttributedQuote } from './quote';
import { shownText } from '~/lib/translated';
import { SourceLink } from './source-link';
import { StatusBadge } from './status';
import { ShownName } from './shown-name';
import { TranslatedNote } from './translated-note';

/**
 * "How each side described it": one row per topic, one column per government, each quote in
 * the column of the party that said it, and our note on what differs.
 */
export function MeetingAccounts({
  accounts,
  locale = 'en',
}: {
  accounts: MeetingDetail['accounts'];
  locale?: Locale;
}) {
  const t = translations(locale, 'meetings');
  const { columns, rows } = accountsTable(accounts, locale);
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('accounts')}</h2>
      <p>
        {t('accountsIntro')}{' '}
        <Link {...localeLink('/methodology#accounts', locale)}>{t('accountsLink')}</Link>
      </p>
      <div className="table-wrap">
        <table className="table accounts">
          <caption className="visually-hidden">{t('accountsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('topic')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key} lang={c.lang}>
                  {c.label}
                </th>
              ))}
              <th scope="col">{t('differs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.topic}>
                <th scope="row">
                  <TranslatedNote
                    shown={shownText(locale, accounts[r]!, 'topic')}
                    locale={locale}
                  />
                </th>
                {row.cells.map((quotes, i) => (
                  <td key={columns[i]?.key ?? i}>
                    {quotes.length === 0 ? (
                      <span className="definition">{t('notMentioned')}</span>
                    ) : (
                      quotes.map((q) => (
                        <AttributedQuote
                          key={`${q.source.slug}-${q.text}`}
                          text={q.text}
                          form={q.form}
                          attribution={q.attribution}
                          source={q.source}
                          locale={locale}
                        />
                      ))
                    )}
                  </td>
                ))}
                <td>
                  <TranslatedNote shown={shownText(locale, accounts[r]!, 'note')} locale={locale} />
                </td>
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
export function MeetingLineage({
  lineage,
  locale = 'en',
}: {
  lineage: MeetingLineage;
  locale?: Locale;
}) {
  const t = translations(locale, 'meetings');
  const restated = lineage.filter((l) => l.relation === 'restated_in');
  const builtOn = lineage.filter((l) => l.relation === 'builds_on');
  return (
    <>
      {restated.length > 0 && (
        <section aria-labelledby="restated-heading">
          <h2 id="restated-heading">{t('restated')}</h2>
          <p className="definition">{t('restatedIntro')}</p>
          <LineageList items={restated} locale={locale} />
        </section>
      )}
      {builtOn.length > 0 && (
        <section aria-labelledby="built-on-heading">
          <h2 id="built-on-heading">{t('builtOn')}</h2>
          <p className="definition">{t('builtOnIntro')}</p>
          <LineageList items={builtOn} locale={locale} />
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

function LineageList({ items, locale }: { items: MeetingLineage; locale: Locale }) {
  const t = translations(locale, 'meetings');
  const brief = translations(locale, 'brief');
  return (
    <ul className="lineage">
      {byCommitment(items).map((links) => {
        const c = links[0]?.commitment;
        if (!c) return null;
        return (
          <li key={c.slug}>
            <p>
              <ShownName
                shown={shownText(locale, c, 'title')}
                path={`/commitments/${c.slug}`}
                locale={locale}
              />{' '}
              <StatusBadge status={c.status} locale={locale} />
              {c.overdue && (
                <>
                  {' '}
                  <span className="badge overdue">{brief('overdue')}</span>
                </>
              )}
            </p>
            <p className="meta">
              <span>
                {t.rich('madeAt', {
                  link: () => (
                    <ShownName
                      shown={shownText(locale, c.meeting, 'title')}
                      path={`/meetings/${c.meeting.slug}`}
                      locale={locale}
                    />
                  ),
                })}
              </span>
              {c.target && (
                <span>{brief('target', { date: formatTargetDate(c.target, locale) })}</span>
              )}
            </p>
            {links.map((l, i) => (
              <div key={i} className="lineage-link">
                <p className="meta">
                  {t.rich(l.relation === 'restated_in' ? 'restatedOn' : 'saidOn', {
                    date: () => <time dateTime={l.on}>{formatDate(l.on, locale)}</time>,
                  })}
                </p>
                {l.quote ? (
                  <AttributedQuote
                    text={l.quote.text}
                    attribution={l.quote.attribution}
                    source={l.source}
                    locale={locale}
                  />
                ) : (
                  <p className="meta">
                    {translations(locale, 'quotes')('source')}{' '}
                    <SourceLink source={l.source} full locale={locale} />
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
