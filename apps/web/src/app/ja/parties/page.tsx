import { PartiesIndex, partiesMetadata } from '~/components/pages/parties';
import { setPageLocale } from '~/i18n';

export const revalidate = 3600;

export const metadata = partiesMetadata('ja');

/** /ja/parties: every party, in Japanese (components/pages/parties.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <PartiesIndex locale="ja" />;
}
