import { FEED_SIZE, REST_BASE } from '@accord/api/rest';
import { siteOrigin } from '@accord/auth';
import { type Metadata } from 'next';
import { type ReactNode } from 'react';
import Link from '~/components/link';
import { LanguageSwitch } from '~/components/language-switch';
import { type Locale, localeLink, localePath, translations } from '~/i18n';
import { apiOperations, csvColumns, errorMeanings, fieldsOf, typeOf } from '~/lib/api-reference';
import { sharedMetadata } from '~/lib/share';

/**
 * The developers page, in either language: /developers and /ja/developers. Its words are the
 * `developers` messages (the Japanese is the editors' translation of the English); the API
 * reference is generated from the OpenAPI document, whose summaries and descriptions are
 * English: on the Japanese page they are marked lang="en". Code, paths, headers, status
 * codes and the JSON example are the same in both. The Japanese page points to the Japanese
 * feeds and CSV first. The anchors (#rest, #endpoints, #exports…) are the same in both: the
 * JSON export's `documentation` links to #exports.
 */

export function developersMetadata(locale: Locale): Metadata {
  const t = translations(locale, 'developers');
  return sharedMetadata({
    path: '/developers',
    locale,
    title: t('title'),
    description: t('description'),
  });
}

const ERROR_EXAMPLE = `{
  "error": {
    "code": "BAD_REQUEST",
    "status": 400,
    "message": "Invalid input: limit: Too big: expected number to be <=100",
    "fieldErrors": [{ "path": ["limit"], "message": "Too big: expected number to be <=100" }]
  }
}`;

/**
 * The data on this page as a schema.org Dataset, for dataset search engines: its bulk exports
 * and its feed. URLs are absolute on ACCORD_BASE_URL when it is set. The Japanese page
 * describes it in Japanese, lists the Japanese CSV first and its feed is the Japanese one;
 * each download that has a language says which (`inLanguage`). The JSON export has none: it
 * carries both languages.
 */
export function datasetJsonLd(locale: Locale): string {
  const t = translations(locale, 'developers');
  const origin = siteOrigin() ?? '';
  const download = (encodingFormat: string, path: string, inLanguage?: Locale) => ({
    '@type': 'DataDownload',
    encodingFormat,
    contentUrl: `${origin}${path}`,
    ...(inLanguage ? { inLanguage } : {}),
  });
  const csv = (lang: Locale) =>
    download('text/csv', localePath('/exports/commitments.csv', lang), lang);
  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: t('datasetName'),
    description: t('datasetDescription'),
    url: `${origin}${localePath('/developers', locale)}`,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'Accord' },
    distribution: [
      ...(locale === 'en' ? [csv('en'), csv('ja')] : [csv(locale), csv('en')]),
      download('application/json', '/exports/commitments.json'),
      // The feed in the page's language, which it says like every download that has one.
      download('application/atom+xml', localePath('/feeds/changes.atom', locale), locale),
    ],
  };
  // `<` escaped: no text inside the data can close the script element.
  return JSON.stringify(dataset).replace(/</g, '\\u003c');
}

const code = (chunks: ReactNode) => <code>{chunks}</code>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export function Developers({ locale }: { locale: Locale }) {
  const t = translations(locale, 'developers');
  const operations = apiOperations();
  /** Text in English on a page in another language: marked so, for screen readers. */
  const english = (text: ReactNode) => (locale === 'en' ? text : <span lang="en">{text}</span>);
  /** The same file or feed in another language than the page's says which (hreflang). */
  const fileLink = (englishPath: string, lang: Locale) => {
    const href = localePath(englishPath, lang);
    return (
      <a href={href} hrefLang={lang === locale ? undefined : lang}>
        {href}
      </a>
    );
  };
  const otherLocale: Locale = locale === 'en' ? 'ja' : 'en';
  const sections = [
    ['rest', t('rest')],
    ['endpoints', t('endpoints')],
    ['errors', t('errors')],
    ['limits', t('limits')],
    ['api-keys', t('apiKeys')],
    ['feeds', t('feeds')],
    ['exports', t('exports')],
  ] as const;
  const exportsItems = {
    json: t.rich('exportJson', {
      // One file for both languages: each commitment carries its translations.
      link: () => <a href="/exports/commitments.json">/exports/commitments.json</a>,
      code,
      shape: '{ asOf, count, commitments: [...] }',
      endpoint: `GET ${REST_BASE}/commitments/{slug}`,
    }),
    csv: t.rich('exportCsv', { link: () => fileLink('/exports/commitments.csv', 'en'), code }),
    csvJa: t.rich('exportCsvJa', { link: () => fileLink('/exports/commitments.csv', 'ja'), code }),
  };
  // In Japanese, the Japanese CSV first.
  const exportsOrder =
    locale === 'en' ? (['json', 'csv', 'csvJa'] as const) : (['csvJa', 'csv', 'json'] as const);
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: datasetJsonLd(locale) }}
      />
      <LanguageSwitch englishPath="/developers" locale={locale} />
      <h1>{t('title')}</h1>
      {locale !== 'en' && <p className="meta">{t('translationNote')}</p>}
      <p className="lede">{t('lede')}</p>

      <nav aria-label={t('onThisPage')}>
        <ul>
          {sections.map(([id, heading]) => (
            <li key={id}>
              <a href={`#${id}`}>{heading}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="rest">
        <h2 id="rest">{t('rest')}</h2>
        <p>
          {t.rich('rest1', {
            code,
            base: REST_BASE,
            openapi: () => (
              <a href={`${REST_BASE}/openapi.json`}>
                <code>{REST_BASE}/openapi.json</code>
              </a>
            ),
            example: () => (
              <a href={`${REST_BASE}/commitments?theme=chips&limit=2`}>
                <code>{REST_BASE}/commitments?theme=chips&amp;limit=2</code>
              </a>
            ),
          })}
        </p>
        <p>{t.rich('rest2', { code })}</p>
      </section>

      <section aria-labelledby="endpoints">
        <h2 id="endpoints">{t('endpoints')}</h2>
        {operations.map(({ path, op }) => {
          const ok = op.responses['200']?.content?.['application/json']?.schema;
          const statuses = Object.keys(op.responses);
          return (
            <article key={op.operationId} aria-labelledby={`op-${op.operationId}`}>
              <h3 id={`op-${op.operationId}`}>
                <code>
                  GET {REST_BASE}
                  {path}
                </code>
              </h3>
              {/* The OpenAPI document's own words: English in both editions. */}
              <p lang={locale === 'en' ? undefined : 'en'}>
                <strong>{op.summary}.</strong> {op.description}
              </p>
              {op.parameters && op.parameters.length > 0 ? (
                <div className="table-wrap">
                  <table className="table">
                    <caption className="visually-hidden">
                      {t.rich('parametersOf', { op: () => english(op.summary) })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('parameter')}</th>
                        <th scope="col">{t('in')}</th>
                        <th scope="col">{t('type')}</th>
                        <th scope="col">{t('notes')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>{english(p.in)}</td>
                          <td>{typeOf(p.schema, locale)}</td>
                          <td>
                            {p.required ? t('required') : ''}
                            {p.schema?.default !== undefined
                              ? t('defaultValue', { value: JSON.stringify(p.schema.default) })
                              : ''}
                            {p.description && english(p.description)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <details>
                <summary>{t('responseFields')}</summary>
                <ul>
                  {fieldsOf(ok, locale).map(([name, type]) => (
                    <li key={name}>
                      {t.rich('fieldType', { name: () => <code>{name}</code>, type })}
                    </li>
                  ))}
                </ul>
              </details>
              <p>{t('answers', { statuses: statuses.join(t('listSeparator')) })}</p>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="errors">
        <h2 id="errors">{t('errors')}</h2>
        <p>{t.rich('errors1', { code })}</p>
        <pre>
          <code>{ERROR_EXAMPLE}</code>
        </pre>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('statusCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('meaning')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">200</th>
                <td>{t('ok')}</td>
              </tr>
              <tr>
                <th scope="row">304</th>
                <td>{t.rich('notModified', { code })}</td>
              </tr>
              {errorMeanings(locale).map(([status, meaning]) => (
                <tr key={status}>
                  <th scope="row">{status}</th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t.rich('trpcErrors', { code })}</p>
      </section>

      <section aria-labelledby="limits">
        <h2 id="limits">{t('limits')}</h2>
        <ul>
          <li>{t.rich('paging', { code, strong, page: '{ items, nextCursor }' })}</li>
          <li>{t.rich('caching', { code, strong })}</li>
          <li>{t.rich('rateLimit', { code, strong })}</li>
          <li>{t.rich('requestSize', { code, strong })}</li>
          <li>{t.rich('cors', { code, strong })}</li>
        </ul>
      </section>

      <section aria-labelledby="api-keys">
        <h2 id="api-keys">{t('apiKeys')}</h2>
        <p>
          {t.rich('apiKeys1', {
            code,
            // The admin is in English: its menu's name stays so.
            admin: (chunks) => english(chunks),
            client: 'createAccordClient({ url, token })',
          })}
        </p>
      </section>

      <section aria-labelledby="feeds">
        <h2 id="feeds">{t('feeds')}</h2>
        <p>{t('feeds1', { size: String(FEED_SIZE) })}</p>
        {/* The feeds in the page's language first, then where the other language's are. */}
        <ul>
          <li>
            {t.rich('feedsAll', {
              atom: () => fileLink('/feeds/changes.atom', locale),
              json: () => fileLink('/feeds/changes.json', locale),
            })}
          </li>
          <li>
            {t.rich('feedsTheme', {
              code,
              atomPattern: localePath('/themes/<slug>/feed.atom', locale),
              jsonPattern: localePath('/themes/<slug>/feed.json', locale),
              example: () => fileLink('/themes/chips/feed.atom', locale),
            })}
          </li>
          <li>
            {t.rich('feedsOther', {
              code,
              atom: () => fileLink('/feeds/changes.atom', otherLocale),
              jsonPattern: localePath('/themes/<slug>/feed.json', otherLocale),
            })}
          </li>
        </ul>
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t('exports')}</h2>
        <p>{t('exports1')}</p>
        <ul>
          {exportsOrder.map((key) => (
            <li key={key}>{exportsItems[key]}</li>
          ))}
        </ul>
        <p>{t.rich('exportsAsOf', { code })}</p>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('columnsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('column')}</th>
                <th scope="col">{t('meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {csvColumns(locale).map(([name, meaning]) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          {t.rich('seeMethodology', {
            link: (chunks) => <Link {...localeLink('/methodology', locale)}>{chunks}</Link>,
          })}
        </p>
      </section>
    </>
  );
}
