import { Methodology, methodologyMetadata } from '~/components/pages/methodology';

export const metadata = methodologyMetadata('en');

/** /methodology, in English (components/pages/methodology.tsx). */
export default function Page() {
  return <Methodology locale="en" />;
}
