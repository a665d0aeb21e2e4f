import { moreMetadata, morePage } from '~/app/(public)/more-page';

// A brief's following pages as of a day, in Japanese: see as-of-page.ts.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = moreMetadata('theme', 'ja');
export default morePage('theme', 'ja');
