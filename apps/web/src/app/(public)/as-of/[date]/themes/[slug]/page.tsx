import { datedMetadata, datedPage } from '~/components/pages/as-of';

// A brief as it stood at the end of a day: rendered on first visit, cached (as-of-page.ts).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = datedMetadata('themes', 'en');
export default datedPage('themes', 'en');
