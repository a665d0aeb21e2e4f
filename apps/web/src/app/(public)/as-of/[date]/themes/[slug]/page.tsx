import { type Metadata } from 'next';
import { ThemeBrief } from '~/components/theme-brief';
import { formatDate } from '~/lib/format';
import { sitePaths } from '~/lib/site-paths';
import { loadTheme } from '~/server/api';
import { AS_OF_ROBOTS, asOfDateOrNotFound } from '~/app/(public)/as-of/as-of-page';

// Rendered on first visit and cached like the other public pages: see as-of-page.ts.
export const revalidate = 3600;

interface Props {
  params: Promise<{ date: string; slug: string }>;
}

export function generateStaticParams() {
  return [];
}

async function read(params: Props['params']) {
  const { date, slug } = await params;
  const asOf = asOfDateOrNotFound(date);
  return { asOf, theme: await loadTheme(slug, asOf) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { asOf, theme } = await read(params);
  return {
    title: `${theme.title}, as of ${formatDate(asOf)}`,
    description: theme.summary,
    robots: AS_OF_ROBOTS,
  };
}

export default async function ThemeAsOfPage({ params }: Props) {
  const { asOf, theme } = await read(params);
  return <ThemeBrief theme={theme} paths={sitePaths(asOf)} />;
}
