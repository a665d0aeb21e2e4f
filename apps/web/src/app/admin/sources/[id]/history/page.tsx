import { type Metadata } from 'next';
import { ReferenceHistory } from '../../../_components/reference-history';
import { parseRecordId } from '../../../_components/reference-types';

export const metadata: Metadata = { title: 'Source history' };

export default async function SourceHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <ReferenceHistory type="source" id={parseRecordId(id)} query={query} />;
}
