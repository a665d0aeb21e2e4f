import { CARD_SIZE, CARD_TYPE, commitmentCard } from '~/components/share-card';
import { loadCommitment } from '~/server/api';

export const alt = 'The commitment and its status';
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return commitmentCard(await loadCommitment(slug));
}
