import { formatIsoDate } from '@accord/domain';

/** Dates for readers: "18 May 2023". */
export const formatDate = formatIsoDate;

export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em) return `${Number(start.slice(8, 10))}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
