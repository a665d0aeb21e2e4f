import { type Metadata } from 'next';
import { ThemeBrief } from '~/components/theme-brief';
import { LanguageSwitch } from '~/components/language-switch';
import { setPageLocale } from '~/i18n';
import { sharedMetadata, siteFeeds } from '~/lib/share';
import { shownText } from '~/lib/translated';
import { TODAY_PATHS_JA } from '~/lib/site-paths';
import { listThemes, loadTheme } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateStaticParams() {
  const themes = await listThemes();
  return themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const theme = await loadTheme(slug);
  const title = shownText('ja', theme, 'title').text;
  return sharedMetadata({
    path: `/themes/${slug}`,
    locale: 'ja',
    title,
    description: shownText('ja', theme, 'summary').text,
    type: 'article',
    feeds: siteFeeds('ja', { slug, title }),
  });
}

export default async function JapaneseThemePage({ params }: Props) {
  setPageLocale('ja');
  const { slug } = await params;
  const theme = await loadTheme(slug);
  return (
    <>
      <LanguageSwitch englishPath={`/themes/${slug}`} locale="ja" />
      <ThemeBrief theme={theme} paths={TODAY_PATHS_JA} />
    </>
  );
}
