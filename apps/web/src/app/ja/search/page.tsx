import { SearchView, searchMetadata, type SearchParams } from '~/components/pages/search';
import { setPageLocale } from '~/i18n';

export const metadata = searchMetadata('ja');

interface Props {
  searchParams: Promise<SearchParams>;
}

/** /ja/search: the same search, its page in Japanese (components/pages/search.tsx). */
export default async function Page({ searchParams }: Props) {
  setPageLocale('ja');
  return <SearchView params={await searchParams} locale="ja" />;
}
