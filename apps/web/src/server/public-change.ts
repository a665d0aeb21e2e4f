import 'server-only';
import { revalidatePath } from 'next/cache';
import { invalidatePublicReads } from './http/read-cache';

/**
 * Published content changed (called by the API after the write committed): the cached API
 * reads of this process are dropped at once, and every cached public page is rebuilt on its
 * next request. The tRPC route and the admin's server actions both use this.
 */
export function publicDataChanged(): void {
  invalidatePublicReads();
  revalidatePath('/', 'layout');
}
