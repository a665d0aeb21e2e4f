import { indexMetadata } from '~/components/index-page';
import { SourcesIndex } from '~/components/pages/sources';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = indexMetadata('sources', 'ja');

/** /ja/sources: the first page of the sources index, in Japanese (components/pages/sources.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <SourcesIndex locale="ja" />;
}
