import { type Metadata } from 'next';
import { LanguageSwitch } from '~/components/language-switch';
import { sharedMetadata, siteFeeds } from '~/lib/share';
import { ThemeBrief } from '~/components/theme-brief';
import { TODAY_PATHS } from '~/lib/site-paths';
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
  return sharedMetadata({
    path: `/themes/${slug}`,
    title: theme.title,
    description: theme.summary,
    type: 'article',
    feeds: siteFeeds('en', { slug, title: theme.title }),
  });
}

export default async function ThemePage({ params }: Props) {
  const { slug } = await params;
  return (
    <>
      <LanguageSwitch englishPath={`/themes/${slug}`} locale="en" />
      <ThemeBrief theme={await loadTheme(slug)} paths={TODAY_PATHS} />
    </>
  );
}
