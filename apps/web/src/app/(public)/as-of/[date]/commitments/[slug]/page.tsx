import { type Metadata } from 'next';
import { CommitmentArticle } from '~/components/commitment-article';
import { formatDate } from '~/lib/format';
import { sitePaths } from '~/lib/site-paths';
import { loadCommitment } from '~/server/api';
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
  return { asOf, c: await loadCommitment(slug, asOf) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { asOf, c } = await read(params);
  return {
    title: `${c.title}, as of ${formatDate(asOf)}`,
    description: c.summary,
    robots: AS_OF_ROBOTS,
  };
}

export default async function CommitmentAsOfPage({ params }: Props) {
  const { asOf, c } = await read(params);
  return <CommitmentArticle c={c} paths={sitePaths(asOf)} />;
}
