import { formatIsoDate } from '@accord/domain';

/**
 * "27 November 2026, 01:22 UTC". Fixed to UTC so the server's render and the browser's
 * agree (no hydration mismatch) and editors in different places read the same time.
 */
export function formatDateTime(iso: string): string {
  return `${formatIsoDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}
