import { SourcesIndex, sourcesMetadata } from '~/components/pages/sources';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = sourcesMetadata('ja');

/** /ja/sources: every source, in Japanese (components/pages/sources.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <SourcesIndex locale="ja" />;
}
