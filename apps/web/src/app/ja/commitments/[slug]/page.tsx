import { type Metadata } from 'next';
import { CommitmentArticle } from '~/components/commitment-article';
import { LanguageSwitch } from '~/components/language-switch';
import { translations } from '~/i18n';
import { sharedMetadata } from '~/lib/share';
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
    locale: 'ja',
    title: c.title,
    description: c.summary,
    type: 'article',
  });
}

/**
 * A commitment in the Japanese edition. Its page is not translated yet beyond the site's
 * header and footer: the article is the English one, marked lang="en" (docs/i18n.md).
 */
export default async function JapaneseCommitmentPage({ params }: Props) {
  const { slug } = await params;
  const c = await loadCommitment(slug);
  return (
    <>
      <LanguageSwitch englishPath={`/commitments/${slug}`} locale="ja" />
      <p className="meta">{translations('ja', 'site')('untranslatedPage')}</p>
      <div lang="en">
        <CommitmentArticle c={c} paths={TODAY_PATHS} />
      </div>
    </>
  );
}
