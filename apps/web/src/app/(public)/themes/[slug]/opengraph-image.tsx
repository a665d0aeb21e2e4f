import { briefCard, CARD_SIZE, CARD_TYPE } from '~/components/share-card';
import { loadTheme } from '~/server/api';

export const alt = 'The brief and its commitments by status';
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return briefCard(await loadTheme(slug));
}
