import { type Metadata } from 'next';
import { CommitmentArticle } from '~/components/commitment-article';
import { LanguageSwitch } from '~/components/language-switch';
import { translations } from '~/i18n';
import { sharedMetadata } from '~/lib/share';
import { shownText } from '~/lib/translated';
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
    title: shownText('ja', c, 'title').text,
    description: shownText('ja', c, 'summary').text,
    type: 'article',
  });
}

/**
 * A commitment in the Japanese edition: its title and summary in Japanese when translated
 * (lang="ja", with a note when the English changed since), else in English; the rest of the
 * article is the English one, marked lang="en" (docs/i18n.md).
 */
export default async function JapaneseCommitmentPage({ params }: Props) {
  const { slug } = await params;
  const c = await loadCommitment(slug);
  const site = translations('ja', 'site');
  const title = shownText('ja', c, 'title');
  const summary = shownText('ja', c, 'summary');
  const heading = (
    <>
      <h1 lang={title.lang ?? 'ja'}>{title.text}</h1>
      <p className="lede" lang={summary.lang ?? 'ja'}>
        {summary.text}
      </p>
      {(title.stale || summary.stale) && (
        <p className="meta translation-stale" lang="ja">
          {site('olderTranslation')}
        </p>
      )}
    </>
  );
  return (
    <>
      <LanguageSwitch englishPath={`/commitments/${slug}`} locale="ja" />
      <p className="meta">{site('untranslatedPage')}</p>
      <div lang="en">
        <CommitmentArticle c={c} paths={TODAY_PATHS} heading={heading} />
      </div>
    </>
  );
}
