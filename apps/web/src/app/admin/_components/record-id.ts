import { notFound } from 'next/navigation';

/** A route segment `[id]` as a record id; anything else is the admin's 404. */
export function parseRecordId(segment: string): number {
  const id = Number(segment);
  if (!/^\d{1,10}$/.test(segment) || id < 1 || id > 2_147_483_647) notFound();
  return id;
}
