'use client';

import { useEffect, useRef, useState } from 'react';

/** Where a search the editor types stands. */
export type SearchState<T> =
  | { kind: 'idle' }
  | { kind: 'searching'; q: string }
  | { kind: 'found'; q: string; found: T }
  | { kind: 'failed'; q: string };

/**
 * A search run as the editor types: it asks once typing pauses, never for fewer than
 * `minLength` letters, and an answer that arrives after a later search has started is
 * dropped, so the results always belong to the words in the box. `find` may change between
 * renders; the latest one is used.
 */
export function useDebouncedSearch<T>(
  find: (q: string) => Promise<T>,
  { minLength = 2, debounceMs = 250 }: { minLength?: number; debounceMs?: number } = {},
): { state: SearchState<T>; search: (value: string) => void } {
  const [state, setState] = useState<SearchState<T>>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ticket = useRef(0);
  const latestFind = useRef(find);
  useEffect(() => {
    latestFind.current = find;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  function search(value: string) {
    clearTimeout(timer.current);
    const q = value.trim();
    const mine = ++ticket.current;
    if (q.length < minLength) {
      setState({ kind: 'idle' });
      return;
    }
    timer.current = setTimeout(() => {
      setState({ kind: 'searching', q });
      latestFind.current(q).then(
        (found) => {
          if (mine === ticket.current) setState({ kind: 'found', q, found });
        },
        () => {
          if (mine === ticket.current) setState({ kind: 'failed', q });
        },
      );
    }, debounceMs);
  }

  return { state, search };
}
