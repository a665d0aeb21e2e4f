import { notFound } from 'next/navigation';

/** A record id from the address; anything else is the admin's 404. */
export function parseId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || id < 1 || id > 2_147_483_647) notFound();
  return id;
}
