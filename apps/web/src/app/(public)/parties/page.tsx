import { indexMetadata } from '~/components/index-page';
import { PartiesIndex } from '~/components/pages/parties';

export const revalidate = 3600;

export const metadata = indexMetadata('parties', 'en');

/** /parties: the first page of the parties index, in English (components/pages/parties.tsx). */
export default function Page() {
  return <PartiesIndex locale="en" />;
}
