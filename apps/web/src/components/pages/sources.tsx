import { type Metadata } from 'next';
import Link from '~/components/link';
import { IndexPage } from '~/components/index-page';
import { LanguageSwitch } from '~/components/language-switch';
import { ShownName } from '~/components/shown-name';
import { UnreliableMark } from '~/components/source-link';
import { type Locale, localeLink, translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { sharedMetadata } from '~/lib/share';
import { shownText } from '~/lib/translated';
import { listSources, loadSource } from '~/server/api';
import { loadSourcesPage } from '~/server/list-page';

/**
 * The sources pages in either language: /sources (a page at a time: components/index-page.tsx)
 * and /sources/<slug>, and their /ja twins.
 * A source's title, publisher and the quotes from it are its own words, in its own language
 * (the source's `language`); the UI around them is the page's.
 */

export async function sourceSlugParams(): Promise<{ slug: string }[]> {
  const sources = await listSources();
  return sources.map((s) => ({ slug: s.slug }));
}

export async function sourceMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const s = await loadSource(slug);
  return sharedMetadata({
    path: `/sources/${slug}`,
    locale,
    title: translations(locale, 'sources')('pageTitle', { title: s.title }),
    description: s.description ?? undefined,
  });
}

/** A page of /sources (the first when `cursor` is null), newest first. */
export async function SourcesIndex({
  locale,
  cursor = null,
}: {
  locale: Locale;
  cursor?: string | null;
}) {
  const t = translations(locale, 'sources');
  const page = await loadSourcesPage(cursor);
  const own = (language: string) => (locale === 'en' ? undefined : language);
  return (
    <IndexPage index="sources" locale={locale} cursor={cursor} page={page}>
      <ul className="commitment-list">
        {page.items.map((s) => (
          <li key={s.slug} className="card">
            <h2 className="card-title" lang={own(s.language)}>
              <Link {...localeLink(`/sources/${s.slug}`, locale)}>{s.title}</Link>
            </h2>
            <p className="meta">
              {s.publisher ? <span lang={own(s.language)}>{s.publisher}</span> : t('noPublisher')} ·{' '}
              {s.publishedOn ? formatDate(s.publishedOn, locale) : t('noDate')} ·{' '}
              {t('quotes', { count: s.quoteCount })}
            </p>
          </li>
        ))}
      </ul>
    </IndexPage>
  );
}

export async function SourceView({ slug, locale }: { slug: string; locale: Locale }) {
  const t = translations(locale, 'sources');
  const vocab = translations(locale, 'vocab');
  const s = await loadSource(slug);
  const own = locale === 'en' ? undefined : s.language;
  // Our own record text (the description, who said a quote) has no translation yet.
  const record = locale === 'en' ? undefined : 'en';
  return (
    <>
      <LanguageSwitch englishPath={`/sources/${slug}`} locale={locale} />
      <p className="eyebrow">{t('source')}</p>
      <h1 lang={own}>{s.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('kind')}</dt>
          <dd>{t(s.kind)}</dd>
        </div>
        <div>
          <dt>{t('publisher')}</dt>
          <dd>{s.publisher ? <span lang={own}>{s.publisher}</span> : t('publisherUnknown')}</dd>
        </div>
        <div>
          <dt>{t('published')}</dt>
          <dd>{s.publishedOn ? formatDate(s.publishedOn, locale) : t('dateUnknown')}</dd>
        </div>
        <div>
          <dt>{t('link')}</dt>
          <dd>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.url}
              </a>
            ) : (
              t('noLink')
            )}
          </dd>
        </div>
        {s.reliability === 'unreliable' && (
          <div>
            <dt>{t('reliability')}</dt>
            <dd>
              <UnreliableMark locale={locale} /> {t('unreliable')}
            </dd>
          </div>
        )}
      </dl>
      {s.description && <p lang={record}>{s.description}</p>}
      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{t('whatWeQuote')}</h2>
        <ol className="source-quotes">
          {s.quotes.map((q) => {
            const form = vocab(`form.${q.form}`);
            return (
              <li key={q.id} id={`quote-${q.id}`}>
                <blockquote lang={s.language}>
                  <p>{q.text}</p>
                </blockquote>
                <p className="meta">
                  <span lang={record}>{q.attribution.who}</span> ·{' '}
                  {vocab(`attribution.${q.attribution.kind}`)} ·{' '}
                  {locale === 'en' ? form.toLowerCase() : form} · {t('for')}{' '}
                  <ShownName
                    shown={shownText(locale, q.commitment, 'title')}
                    path={`/commitments/${q.commitment.slug}`}
                    locale={locale}
                  />
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
