import { moreMetadata, morePage } from '~/app/(public)/more-page';

// A party's following pages: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = moreMetadata('party');
export default morePage('party');
