import { datedMetadata, datedPage } from '~/components/pages/as-of';

// The Japanese edition of a dated brief: rendered on first visit, cached (as-of-page.ts).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
export const generateMetadata = datedMetadata('themes', 'ja');
export default datedPage('themes', 'ja');
