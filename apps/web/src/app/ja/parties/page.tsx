import { indexMetadata } from '~/components/index-page';
import { PartiesIndex } from '~/components/pages/parties';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = indexMetadata('parties', 'ja');

/** /ja/parties: the first page of the parties index, in Japanese (components/pages/parties.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <PartiesIndex locale="ja" />;
}
