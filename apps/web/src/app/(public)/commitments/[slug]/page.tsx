import { type Metadata } from 'next';
import { LanguageSwitch } from '~/components/language-switch';
import { sharedMetadata } from '~/lib/share';
import { CommitmentArticle } from '~/components/commitment-article';
import { TODAY_PATHS } from '~/lib/site-paths';
import { commitmentSlugParams, loadCommitment } from '~/server/api';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return commitmentSlugParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const c = await loadCommitment(slug);
  return sharedMetadata({
    path: `/commitments/${slug}`,
    title: c.title,
    description: c.summary,
    type: 'article',
  });
}

export default async function CommitmentPage({ params }: Props) {
  const { slug } = await params;
  return (
    <>
      <LanguageSwitch englishPath={`/commitments/${slug}`} locale="en" />
      <CommitmentArticle c={await loadCommitment(slug)} paths={TODAY_PATHS} />
    </>
  );
}
