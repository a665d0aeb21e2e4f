import { type Metadata } from 'next';
import Link from '~/components/link';
import { CommitmentList, MoreCommitments } from '~/components/commitment-card';
import { Markdown } from '~/components/markdown';
import { StatusBreakdown } from '~/components/status';
import { plural } from '~/lib/format';
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
  return {
    title: theme.title,
    description: theme.summary,
    alternates: {
      types: {
        'application/atom+xml': [
          { url: `/themes/${slug}/feed.atom`, title: `Accord: ${theme.title} (Atom)` },
          { url: '/feeds/changes.atom', title: 'Accord: all changes (Atom)' },
        ],
        'application/feed+json': [
          { url: `/themes/${slug}/feed.json`, title: `Accord: ${theme.title} (JSON Feed)` },
          { url: '/feeds/changes.json', title: 'Accord: all changes (JSON Feed)' },
        ],
      },
    },
  };
}

export default async function ThemePage({ params }: Props) {
  const { slug } = await params;
  const theme = await loadTheme(slug);
  const total = Object.values(theme.statusCounts).reduce((a, b) => a + b, 0);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Briefs</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{theme.title}</span>
      </nav>
      <h1>{theme.title}</h1>
      <p className="lede">{theme.summary}</p>
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">The brief</h2>
        <Markdown>{theme.brief}</Markdown>
      </section>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{plural(total, 'commitment')}</h2>
        <StatusBreakdown
          counts={theme.statusCounts}
          label={`Status of ${theme.title} commitments`}
        />
        <CommitmentList items={theme.commitments} />
        <MoreCommitments
          total={total}
          href={theme.nextCursor && `/themes/${theme.slug}/more/${theme.nextCursor}`}
        />
      </section>
    </>
  );
}
