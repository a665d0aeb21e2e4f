import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { IndexPage } from '~/components/index-page';
import { LanguageSwitch } from '~/components/language-switch';
import { shownText } from '~/lib/translated';
import { type Locale, localeLink, localePath, translations } from '~/i18n';
import { sharedMetadata } from '~/lib/share';
import { sitePathsIn } from '~/lib/site-paths';
import { listParties, loadParty } from '~/server/api';
import { loadPartiesPage } from '~/server/list-page';

/**
 * The parties pages in either language: /parties (a page at a time: components/index-page.tsx)
 * and /parties/<slug>, and their /ja twins.
 * A party's names and description are shown in Japanese where translated, else in English,
 * marked so.
 */

export async function partySlugParams(): Promise<{ slug: string }[]> {
  const parties = await listParties();
  return parties.map((p) => ({ slug: p.slug }));
}

export async function partyMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const p = await loadParty(slug);
  return sharedMetadata({
    path: `/parties/${slug}`,
    locale,
    title: shownText(locale, p, 'name').text,
  });
}

/** A page of /parties (the first when `cursor` is null), by name. */
export async function PartiesIndex({
  locale,
  cursor = null,
}: {
  locale: Locale;
  cursor?: string | null;
}) {
  const t = translations(locale, 'parties');
  const page = await loadPartiesPage(cursor);
  return (
    <IndexPage index="parties" locale={locale} cursor={cursor} page={page}>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('party')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col" className="number">
                {t('commitments')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((p) => {
              const name = shownText(locale, p, 'name');
              return (
                <tr key={p.slug}>
                  <th scope="row" lang={name.lang}>
                    <Link {...localeLink(`/parties/${p.slug}`, locale)}>{name.text}</Link>
                  </th>
                  <td>{t(p.kind)}</td>
                  <td className="number">{p.commitmentCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </IndexPage>
  );
}

export async function PartyView({ slug, locale }: { slug: string; locale: Locale }) {
  const t = translations(locale, 'parties');
  const p = await loadParty(slug);
  const name = shownText(locale, p, 'name');
  const shortName = shownText(locale, p, 'shortName');
  const description = shownText(locale, { ...p, description: p.description ?? '' }, 'description');
  return (
    <>
      <LanguageSwitch englishPath={`/parties/${slug}`} locale={locale} />
      <p className="eyebrow">{t('party')}</p>
      <h1 lang={name.lang}>{name.text}</h1>
      {p.description && (
        <p className="lede" lang={description.lang}>
          {description.text}
        </p>
      )}
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">
          {t.rich('involving', {
            count: p.commitmentCount,
            name: shortName.text,
            // The party's short name is record text: English where it has no translation.
            party: (chunks) => <span lang={shortName.lang}>{chunks}</span>,
          })}
        </h2>
        <CommitmentList items={p.commitments} paths={sitePathsIn(locale)} />
        <MoreCommitments
          total={p.commitmentCount}
          href={p.nextCursor && localePath(`/parties/${p.slug}/more/${p.nextCursor}`, locale)}
        />
      </section>
    </>
  );
}
