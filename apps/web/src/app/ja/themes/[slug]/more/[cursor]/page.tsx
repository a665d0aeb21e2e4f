import { moreMetadata, morePage } from '~/app/(public)/more-page';

// A brief's following pages in Japanese: rendered on first request, then cached like the rest.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = moreMetadata('theme', 'ja');
export default morePage('theme', 'ja');
