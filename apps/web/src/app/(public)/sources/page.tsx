import { SourcesIndex, sourcesMetadata } from '~/components/pages/sources';

export const revalidate = 3600;

export const metadata = sourcesMetadata('en');

/** /sources: every source, in English (components/pages/sources.tsx). */
export default function Page() {
  return <SourcesIndex locale="en" />;
}
