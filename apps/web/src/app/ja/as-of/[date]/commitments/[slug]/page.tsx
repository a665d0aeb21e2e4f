import { datedMetadata, datedPage } from '~/components/pages/as-of';

// The Japanese edition of a dated commitment: rendered on first visit, cached (as-of-page.ts).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = datedMetadata('commitments', 'ja');
export default datedPage('commitments', 'ja');
