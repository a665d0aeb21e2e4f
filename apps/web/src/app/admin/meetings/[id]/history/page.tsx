import { type Metadata } from 'next';
import { ReferenceHistory } from '../../../_components/reference-history';
import { parseRecordId } from '../../../_components/reference-types';

export const metadata: Metadata = { title: 'Meeting history' };

export default async function MeetingHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <ReferenceHistory type="meeting" id={parseRecordId(id)} query={query} />;
}
