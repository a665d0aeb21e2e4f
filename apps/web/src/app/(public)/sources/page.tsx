import { indexMetadata } from '~/components/index-page';
import { SourcesIndex } from '~/components/pages/sources';

export const revalidate = 3600;

export const metadata = indexMetadata('sources', 'en');

/** /sources: the first page of the sources index, in English (components/pages/sources.tsx). */
export default function Page() {
  return <SourcesIndex locale="en" />;
}
