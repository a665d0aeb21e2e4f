import { Developers, developersMetadata } from '~/components/pages/developers';

export const metadata = developersMetadata('en');

/** /developers, in English (components/pages/developers.tsx). */
export default function Page() {
  return <Developers locale="en" />;
}
