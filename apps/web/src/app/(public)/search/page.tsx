import { SearchView, searchMetadata, type SearchParams } from '~/components/pages/search';

export const metadata = searchMetadata('en');

interface Props {
  searchParams: Promise<SearchParams>;
}

/** /search, in English (components/pages/search.tsx). */
export default async function Page({ searchParams }: Props) {
  return <SearchView params={await searchParams} locale="en" />;
}
