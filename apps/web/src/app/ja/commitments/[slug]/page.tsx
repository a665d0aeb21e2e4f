import { type Metadata } from 'next';
import { CommitmentArticle } from '~/components/commitment-article';
import { LanguageSwitch } from '~/components/language-switch';
import { setPageLocale } from '~/i18n';
import { sharedMetadata } from '~/lib/share';
import { shownText } from '~/lib/translated';
import { TODAY_PATHS_JA } from '~/lib/site-paths';
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
    locale: 'ja',
    title: shownText('ja', c, 'title').text,
    description: shownText('ja', c, 'summary').text,
    type: 'article',
  });
}

/**
 * A commitment in the Japanese edition: the same article as the English page, its UI in
 * Japanese; the title and summary in Japanese when translated (with a note when the English
 * changed since), the rest of the record's text English, marked lang="en" (docs/i18n.md).
 */
export default async function JapaneseCommitmentPage({ params }: Props) {
  setPageLocale('ja');
  const { slug } = await params;
  const c = await loadCommitment(slug);
  return (
    <>
      <LanguageSwitch englishPath={`/commitments/${slug}`} locale="ja" />
      <CommitmentArticle c={c} paths={TODAY_PATHS_JA} locale="ja" />
    </>
  );
}
