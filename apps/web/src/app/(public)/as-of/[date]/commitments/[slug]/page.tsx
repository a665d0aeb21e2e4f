import { datedMetadata, datedPage } from '~/components/pages/as-of';

// A commitment as it stood at the end of a day: rendered on first visit, cached (as-of-page.ts).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = datedMetadata('commitments', 'en');
export default datedPage('commitments', 'en');
