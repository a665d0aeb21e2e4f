import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
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
    feeds: {
      'application/atom+xml': [
        { url: `/themes/${slug}/feed.atom`, title: `Accord: ${theme.title} (Atom)` },
        { url: '/feeds/changes.atom', title: 'Accord: all changes (Atom)' },
      ],
      'application/feed+json': [
        { url: `/themes/${slug}/feed.json`, title: `Accord: ${theme.title} (JSON Feed)` },
        { url: '/feeds/changes.json', title: 'Accord: all changes (JSON Feed)' },
      ],
    },
  });
}

export default async function ThemePage({ params }: Props) {
  const { slug } = await params;
  return <ThemeBrief theme={await loadTheme(slug)} paths={TODAY_PATHS} />;
}
