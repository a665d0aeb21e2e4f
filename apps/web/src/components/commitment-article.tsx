import {
  type CommitmentDetail,
  type CommitmentRef,
  type DisputeView,
  formatTargetDate,
  type IsoDate,
  LINEAGE_RELATIONS,
  type LineageLinkView,
  PARTY_ROLES,
  type PartyTrackView,
  type StatusUpdateView,
  todayIso,
} from '@accord/domain';
import Link from '~/components/link';
import { type Locale, localeLink, translations } from '~/i18n';
import { groupByAccount, ownerOf } from '~/lib/accounts';
import { formatDate } from '~/lib/format';
import { shownText } from '~/lib/translated';
import { buildHistoryTimeline } from '~/lib/history-timeline';
import { asOfPath, type SitePaths } from '~/lib/site-paths';
import { AsOfBanner, AsOfForm } from './as-of';
import { HistoryTimeline } from './history-timeline';
import { AttributedQuote, QuoteBlock } from './quote';
import { SourceLink, SourceList } from './source-link';
import { StatusBadge } from './status';
import { ShownName } from './shown-name';
import { TranslatedNote } from './translated-note';

/**
 * The language of the record's untranslated text on a page in `locale` (its tags; everything
 * else has translations: shownText): on a Japanese page it is English, marked so (screen
 * readers switch voice).
 */
function recordLang(locale: Locale): 'en' | undefined {
  return locale === 'en' ? undefined : 'en';
}

/**
 * A commitment's page, today or as of a past day (`paths.asOf`): the same sections either
 * way, from the same view the API returns, with links that stay in the dated view. The UI
 * speaks `locale` (both editions have dated pages); the record’s text is shown as shownText says.
 */
export function CommitmentArticle({
  c,
  paths,
  locale = 'en',
}: {
  c: CommitmentDetail;
  paths: SitePaths;
  locale?: Locale;
}) {
  const t = translations(locale, 'article');
  const vocab = translations(locale, 'vocab');
  const site = translations(locale, 'site');
  const lang = recordLang(locale);
  // The record's text has translations, and so do the names of the records it names.
  const title = shownText(locale, c, 'title');
  const summary = shownText(locale, c, 'summary');
  const theme = shownText(locale, c.theme, 'title');
  const meeting = shownText(locale, c.meeting, 'title');
  const overall = c.history.filter((u) => u.party === null);
  const latestOverall = overall.at(-1) ?? null;
  const now = paths.asOf ?? todayIso();
  const link = (path: string) => localeLink(path, locale);
  return (
    <article className="commitment">
      <nav aria-label={site('breadcrumb')} className="breadcrumb">
        <Link {...link('/')}>{site('briefs')}</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={paths.theme(c.theme.slug)} lang={theme.lang}>
          {theme.text}
        </Link>{' '}
        <span aria-hidden="true">›</span>{' '}
        <span aria-current="page" lang={title.lang}>
          {title.text}
        </span>
      </nav>
      {paths.asOf && (
        <AsOfBanner asOf={paths.asOf} todayPath={`/commitments/${c.slug}`} locale={locale} />
      )}
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="lede" lang={summary.lang}>
        {summary.text}
      </p>
      {(title.lang ?? summary.lang) && <p className="meta">{site('untranslated')}</p>}
      {(title.stale || summary.stale) && (
        <p className="meta translation-stale">{site('olderTranslation')}</p>
      )}

      <dl className="facts">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <StatusBadge status={c.status} since={c.statusSince} locale={locale} />
            {c.overdue && (
              <>
                {' '}
                <span className="badge overdue">{translations(locale, 'brief')('overdue')}</span>
              </>
            )}{' '}
            <span className="definition">{vocab(`statusDefinition.${c.status}`)}</span>
            {latestOverall && latestOverall.status === c.status && (
              <span className="status-why">
                {t('why')}{' '}
                <TranslatedNote shown={shownText(locale, latestOverall, 'note')} locale={locale} />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('language')}</dt>
          <dd>
            <strong>{vocab(`strength.${c.strength}`)}</strong>{' '}
            <span className="definition">{vocab(`strengthDefinition.${c.strength}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>
            {c.target ? (
              <>
                {formatTargetDate(c.target, locale)}
                {c.target.note && (
                  <span className="definition">
                    {' '}
                    ·{' '}
                    <TranslatedNote
                      shown={shownText(locale, { ...c, targetNote: c.target.note }, 'targetNote')}
                      locale={locale}
                    />
                  </span>
                )}
              </>
            ) : (
              t('noTarget')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('madeAt')}</dt>
          <dd>
            <Link {...link(`/meetings/${c.meeting.slug}`)} lang={meeting.lang}>
              {meeting.text}
            </Link>
            {t('listSeparator')}
            {formatDate(c.meeting.startsOn, locale)}
          </dd>
        </div>
        {c.parent && (
          <div>
            <dt>{t('partOf')}</dt>
            <dd>
              <CommitmentRefLine commitment={c.parent} paths={paths} locale={locale} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('lastReviewed')}</dt>
          <dd>
            {c.lastReviewedOn ? (
              <time dateTime={c.lastReviewedOn}>{formatDate(c.lastReviewedOn, locale)}</time>
            ) : (
              t('notReviewed')
            )}{' '}
            <Link className="role" {...link('/methodology#last-reviewed')}>
              {t('whatThisMeans')}
            </Link>
          </dd>
        </div>
        {c.tags.length > 0 && (
          <div>
            <dt>{t('tags')}</dt>
            <dd lang={lang}>{c.tags.join(', ')}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t('parties')}</h2>
        <ul className="parties">
          {PARTY_ROLES.flatMap((role) =>
            c.parties
              .filter((p) => p.role === role)
              .map((p) => (
                <li key={p.slug}>
                  <ShownName
                    shown={shownText(locale, p, 'name')}
                    path={`/parties/${p.slug}`}
                    locale={locale}
                  />{' '}
                  <Link
                    className="role"
                    {...link(`/methodology#role-${role}`)}
                    title={vocab(`roleDefinition.${role}`)}
                  >
                    {vocab(`role.${role}`)}
                  </Link>
                </li>
              )),
          )}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline')}</h2>
        <HistoryTimeline
          id="commitment-timeline"
          title={t('timelineOf', { title: title.text })}
          locale={locale}
          model={buildHistoryTimeline({
            locale,
            meeting: { title: meeting.text, on: c.meeting.startsOn },
            updates: c.history.map((u) => ({
              on: u.effectiveOn,
              status: u.status,
              party: u.party && {
                slug: u.party.slug,
                name: shownText(locale, u.party, 'name').text,
                shortName: shownText(locale, u.party, 'shortName').text,
              },
            })),
            target: c.target,
            now,
            asOf: paths.asOf !== null,
          })}
          dayHref={(day) =>
            day <= todayIso() ? asOfPath(day, 'commitments', c.slug, paths.locale) : null
          }
        />
        <AsOfForm
          kind="commitments"
          slug={c.slug}
          from={c.meeting.startsOn}
          value={paths.asOf}
          locale={locale}
        />
      </section>

      {c.tracks.length > 0 && (
        <PartyTracks
          tracks={c.tracks}
          history={c.history}
          overall={latestOverall}
          c={c}
          locale={locale}
        />
      )}

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{t('inTheirWords')}</h2>
        {c.quotes.length === 0 ? (
          <p>{t('noQuotes')}</p>
        ) : (
          groupByAccount(c.quotes, locale).map((group) => (
            <section
              key={group.key}
              className="account"
              aria-labelledby={`account-${group.key.replace(':', '-')}`}
            >
              <h3 id={`account-${group.key.replace(':', '-')}`}>{group.heading}</h3>
              {group.items.map((q) => (
                <QuoteBlock key={q.id} quote={q} locale={locale} />
              ))}
            </section>
          ))
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('history')}</h2>
        {c.history.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <ol className="history">
            {c.history.map((u) => (
              <HistoryItem key={u.id} update={u} showParty locale={locale} />
            ))}
          </ol>
        )}
      </section>

      {c.disputes.length > 0 && <Disputes disputes={c.disputes} locale={locale} />}

      {c.lineage.length > 0 && <Lineage links={c.lineage} locale={locale} />}

      {c.subCommitments.length > 0 && (
        <section aria-labelledby="sub-heading">
          <h2 id="sub-heading">{t('sub')}</h2>
          <p>{t('subIntro')}</p>
          <ul className="refs">
            {c.subCommitments.map((s) => (
              <li key={s.slug}>
                <CommitmentRefLine commitment={s} paths={paths} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Another commitment named on this page: its link, status, target and overdue flag. */
function CommitmentRefLine({
  commitment: r,
  paths,
  locale,
}: {
  commitment: CommitmentRef;
  paths: SitePaths;
  locale: Locale;
}) {
  const brief = translations(locale, 'brief');
  const title = shownText(locale, r, 'title');
  return (
    <>
      <Link href={paths.commitment(r.slug)} lang={title.lang}>
        {title.text}
      </Link>{' '}
      <StatusBadge status={r.status} locale={locale} />
      {r.target && (
        <span className="ref-target">
          {' '}
          {brief('target', { date: formatTargetDate(r.target, locale) })}
        </span>
      )}
      {r.overdue && (
        <>
          {' '}
          <span className="badge overdue">{brief('overdue')}</span>
        </>
      )}
    </>
  );
}

function HistoryItem({
  update: u,
  showParty,
  locale,
}: {
  update: StatusUpdateView;
  showParty: boolean;
  locale: Locale;
}) {
  const t = translations(locale, 'article');
  return (
    <li>
      <p>
        <time dateTime={u.effectiveOn}>{formatDate(u.effectiveOn, locale)}</time>{' '}
        {showParty && u.party && (
          <span className="track-name">
            {t('partyPart', { owner: ownerOf(shownText(locale, u.party, 'name').text, locale) })}
          </span>
        )}{' '}
        <StatusBadge status={u.status} locale={locale} />
      </p>
      <TranslatedNote shown={shownText(locale, u, 'note')} locale={locale} as="p" />
      <p className="meta">
        <span>{t('by', { author: u.author })}</span>
        <SourceList sources={u.sources} locale={locale} />
      </p>
    </li>
  );
}

function PartyTracks({
  tracks,
  history,
  overall,
  c,
  locale,
}: {
  tracks: PartyTrackView[];
  history: StatusUpdateView[];
  overall: StatusUpdateView | null;
  c: CommitmentDetail;
  locale: Locale;
}) {
  const t = translations(locale, 'article');
  return (
    <section aria-labelledby="tracks-heading">
      <h2 id="tracks-heading">{t('tracks')}</h2>
      <p>
        {t('tracksIntro')} <StatusBadge status={c.status} since={c.statusSince} locale={locale} />
        {overall && overall.status === c.status && (
          <>
            {' '}
            <TranslatedNote shown={shownText(locale, overall, 'note')} locale={locale} />
          </>
        )}{' '}
        <Link {...localeLink('/methodology#party-tracks', locale)}>{t('tracksLink')}</Link>
      </p>
      <div className="tracks">
        {tracks.map((track) => {
          const id = `track-${track.party.slug}`;
          return (
            <section key={track.party.slug} className="track card" aria-labelledby={id}>
              <h3 id={id}>
                {t('trackLine', {
                  owner: ownerOf(shownText(locale, track.party, 'name').text, locale),
                })}
              </h3>
              <p>
                <StatusBadge status={track.status} since={track.statusSince} locale={locale} />
              </p>
              <ol className="history">
                {history
                  .filter((u) => u.party?.slug === track.party.slug)
                  .map((u) => (
                    <HistoryItem key={u.id} update={u} showParty={false} locale={locale} />
                  ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function Disputes({ disputes, locale }: { disputes: DisputeView[]; locale: Locale }) {
  const t = translations(locale, 'article');
  return (
    <section aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">{t('disputes')}</h2>
      <p>
        {t('disputesIntro')}{' '}
        <Link {...localeLink('/methodology#disputes', locale)}>{t('disputesLink')}</Link>
      </p>
      {disputes.map((d, i) => {
        const id = `dispute-${i + 1}`;
        const topic = shownText(locale, d, 'topic');
        return (
          <section key={id} className="dispute" aria-labelledby={id}>
            <h3 id={id}>
              <TranslatedNote shown={topic} locale={locale} />
            </h3>
            <p className="meta">
              <span>
                {t.rich('raised', {
                  date: () => <time dateTime={d.raisedOn}>{formatDate(d.raisedOn, locale)}</time>,
                })}
              </span>
              <span className={`badge ${d.resolved ? 'resolved' : 'open'}`}>
                {d.resolved ? t('resolved') : t('open')}
              </span>
            </p>
            <ul className="claims">
              {d.claims.map((claim) => (
                <li key={`${claim.source.slug}-${claim.claim}`}>
                  <p>
                    <TranslatedNote shown={shownText(locale, claim, 'claim')} locale={locale} />{' '}
                    <span className="claim-source">
                      (<SourceLink source={claim.source} full locale={locale} />)
                    </span>
                  </p>
                  {claim.quote && (
                    <AttributedQuote
                      text={claim.quote.text}
                      attribution={claim.quote.attribution}
                      locale={locale}
                    />
                  )}
                </li>
              ))}
            </ul>
            <p className="our-note">
              <strong>{t('ourNote')}</strong>{' '}
              <TranslatedNote shown={shownText(locale, d, 'note')} locale={locale} />
            </p>
          </section>
        );
      })}
    </section>
  );
}

function Lineage({ links, locale }: { links: LineageLinkView[]; locale: Locale }) {
  const t = translations(locale, 'article');
  const vocab = translations(locale, 'vocab');
  const quotes = translations(locale, 'quotes');
  return (
    <section aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">{t('lineage')}</h2>
      <p>
        {t('lineageIntro')}{' '}
        <Link {...localeLink('/methodology#lineage', locale)}>{t('lineageLink')}</Link>
      </p>
      {LINEAGE_RELATIONS.map((relation) => {
        const own = links
          .filter((l) => l.relation === relation)
          .toSorted((a, b) => compareDates(a.on, b.on));
        if (own.length === 0) return null;
        const id = `lineage-${relation}`;
        return (
          <section key={relation} aria-labelledby={id}>
            <h3 id={id}>{vocab(`lineage.${relation}`)}</h3>
            <p className="definition">{vocab(`lineageDefinition.${relation}`)}</p>
            <ol className="lineage">
              {own.map((l) => (
                <li key={`${l.meeting.slug}-${l.on}-${l.source.slug}`}>
                  <p>
                    <time dateTime={l.on}>{formatDate(l.on, locale)}</time>
                    {locale === 'en' ? ': ' : '：'}
                    <ShownName
                      shown={shownText(locale, l.meeting, 'title')}
                      path={`/meetings/${l.meeting.slug}`}
                      locale={locale}
                    />
                  </p>
                  {l.quote ? (
                    <AttributedQuote
                      text={l.quote.text}
                      form={l.quote.form}
                      attribution={l.quote.attribution}
                      source={l.source}
                      locale={locale}
                    />
                  ) : (
                    <p className="meta">
                      {quotes('source')} <SourceLink source={l.source} full locale={locale} />
                    </p>
                  )}
                  {l.note && (
                    <TranslatedNote
                      shown={shownText(locale, { ...l, note: l.note }, 'note')}
                      locale={locale}
                      as="p"
                    />
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
