import {
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  EARLIEST_AS_OF,
  LINEAGE_RELATIONS,
  PARTY_ROLES,
  QUOTE_FORMS,
  REVIEW_DUE_AFTER_DAYS,
  STATUS_DEFINITIONS,
  allowedStatusMoves,
} from '@accord/domain';
import { type Metadata } from 'next';
import { type ReactNode } from 'react';
import Link from '~/components/link';
import { LanguageSwitch } from '~/components/language-switch';
import { StatusBadge } from '~/components/status';
import { type Locale, localeLink, translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { sharedMetadata } from '~/lib/share';

/**
 * The methodology, in either language: /methodology and /ja/methodology. Its words are in the
 * `methodology` messages (the Japanese is the editors' translation of the English, which
 * prevails); our vocabulary (statuses, strengths, attribution, lineage, roles) comes from the
 * `vocab` messages, the same words the other pages use. The anchors (#status-…, #role-…,
 * #disputes…) are the same in both, since other pages link to them.
 */

export function methodologyMetadata(locale: Locale): Metadata {
  const t = translations(locale, 'methodology');
  return sharedMetadata({
    path: '/methodology',
    locale,
    title: t('title'),
    description: t('description'),
  });
}

const em = (chunks: ReactNode) => <em>{chunks}</em>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
const code = (chunks: ReactNode) => <code>{chunks}</code>;

export function Methodology({ locale }: { locale: Locale }) {
  const t = translations(locale, 'methodology');
  const vocab = translations(locale, 'vocab');
  const statusName = (s: (typeof COMMITMENT_STATUSES)[number]) =>
    locale === 'en' ? STATUS_DEFINITIONS[s].label.toLowerCase() : translations(locale, 'status')(s);
  const definitions = (
    keys: readonly string[],
    label: (k: string) => ReactNode,
    definition: (k: string) => string,
    id?: (k: string) => string,
  ) => (
    <dl className="definitions">
      {keys.map((k) => (
        <div key={k} id={id?.(k)}>
          <dt>{label(k)}</dt>
          <dd>{definition(k)}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <>
      <LanguageSwitch englishPath="/methodology" locale={locale} />
      <h1>{t('title')}</h1>
      {locale !== 'en' && <p className="meta">{t('translationNote')}</p>}
      <p className="lede">{t('lede')}</p>

      <section aria-labelledby="what-counts-heading" id="what-counts">
        <h2 id="what-counts-heading">{t('whatCounts')}</h2>
        <p>{t('whatCounts1')}</p>
        <p>{t.rich('whatCounts2', { em })}</p>
      </section>

      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">{t('statuses')}</h2>
        <p>{t('statuses1')}</p>
        <dl className="definitions">
          {COMMITMENT_STATUSES.map((s) => {
            const moves = allowedStatusMoves(s).map(statusName);
            return (
              <div key={s} id={`status-${s}`}>
                <dt>
                  <StatusBadge status={s} locale={locale} />
                </dt>
                <dd>
                  {vocab(`statusDefinition.${s}`)}{' '}
                  <span className="meta">
                    {moves.length > 0
                      ? t('canMove', { moves: moves.join(locale === 'en' ? ', ' : '、') })
                      : t('final')}
                  </span>
                </dd>
              </div>
            );
          })}
        </dl>
        <p>{t.rich('pastTarget', { strong })}</p>
      </section>

      <section aria-labelledby="strength-heading">
        <h2 id="strength-heading">{t('strength')}</h2>
        <p>{t('strength1')}</p>
        {definitions(
          COMMITMENT_STRENGTHS,
          (k) => vocab(`strength.${k}` as 'strength.agreed'),
          (k) => vocab(`strengthDefinition.${k}` as 'strengthDefinition.agreed'),
        )}
      </section>

      <section aria-labelledby="attribution-heading">
        <h2 id="attribution-heading">{t('attribution')}</h2>
        <p>{t('attribution1')}</p>
        {definitions(
          ATTRIBUTION_KINDS,
          (k) => vocab(`attribution.${k}` as 'attribution.press_report'),
          (k) => vocab(`attributionDefinition.${k}` as 'attributionDefinition.press_report'),
          (k) => `attribution-${k}`,
        )}
        <h3>{t('forms')}</h3>
        {definitions(
          QUOTE_FORMS,
          (k) => vocab(`form.${k}` as 'form.verbatim'),
          (k) => vocab(`formDefinition.${k}` as 'formDefinition.verbatim'),
          (k) => `quote-${k}`,
        )}
      </section>

      <section aria-labelledby="accounts-heading" id="accounts">
        <h2 id="accounts-heading">{t('accounts')}</h2>
        <p>{t('accounts1')}</p>
        <p>{t('accounts2')}</p>
      </section>

      <section aria-labelledby="tracks-heading" id="party-tracks">
        <h2 id="tracks-heading">{t('tracks')}</h2>
        <p>{t('tracks1')}</p>
        <p>{t('tracks2')}</p>
      </section>

      <section aria-labelledby="lineage-heading" id="lineage">
        <h2 id="lineage-heading">{t('lineage')}</h2>
        <p>{t('lineage1')}</p>
        {definitions(
          LINEAGE_RELATIONS,
          (k) => vocab(`lineage.${k}` as 'lineage.builds_on'),
          (k) => vocab(`lineageDefinition.${k}` as 'lineageDefinition.builds_on'),
          (k) => `lineage-${k}`,
        )}
        <p>{t('lineage2')}</p>
      </section>

      <section aria-labelledby="disputes-heading" id="disputes">
        <h2 id="disputes-heading">{t('disputes')}</h2>
        <p>{t('disputes1')}</p>
        <h3 id="unreliable-sources">{t('unreliable')}</h3>
        <p>{t('unreliable1')}</p>
      </section>

      <section aria-labelledby="as-of-heading" id="as-of">
        <h2 id="as-of-heading">{t('asOf')}</h2>
        <p>{t('asOf1')}</p>
        <ul>
          <li>
            <code>/as-of/2023-05-19/themes/security</code>
          </li>
          <li>
            <code>/as-of/2023-05-19/commitments/trilateral-meeting-with-south-korea</code>
          </li>
        </ul>
        <p>
          {t.rich('asOf2', {
            earliest: formatDate(EARLIEST_AS_OF, locale),
            code,
            link: (chunks) => <Link {...localeLink('/developers', locale)}>{chunks}</Link>,
          })}
        </p>
        <p>{t('asOf3')}</p>
      </section>

      <section aria-labelledby="reviewed-heading" id="last-reviewed">
        <h2 id="reviewed-heading">{t('reviewed')}</h2>
        <p>{t('reviewed1', { days: REVIEW_DUE_AFTER_DAYS })}</p>
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('roles')}</h2>
        {definitions(
          PARTY_ROLES,
          (k) => vocab(`role.${k}` as 'role.partner'),
          (k) => vocab(`roleDefinition.${k}` as 'roleDefinition.partner'),
          (k) => `role-${k}`,
        )}
      </section>
    </>
  );
}
