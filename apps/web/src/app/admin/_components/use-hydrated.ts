'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the server's HTML and while the page hydrates, true once its scripts run.
 *
 * A button whose work is all in its click handler (restore a version, revoke a key, approve an
 * addition) does nothing when clicked before the page has hydrated (a slow connection, a busy
 * machine): the click is lost and the editor is left waiting on a page that never answers.
 * Such buttons are rendered disabled until this turns true, so they can only be pressed once
 * they work (a history page's Restore was clicked too early beside another build).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
