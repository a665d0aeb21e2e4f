import { PartiesIndex, partiesMetadata } from '~/components/pages/parties';

export const revalidate = 3600;

export const metadata = partiesMetadata('en');

/** /parties: every party, in English (components/pages/parties.tsx). */
export default function Page() {
  return <PartiesIndex locale="en" />;
}
