'use client';

import { type RefObject, useEffect, useRef } from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Keeps what was typed into a controlled field before the page hydrated.
 *
 * Admin pages are server-rendered, so their fields take typing before their scripts run (a
 * slow connection, a busy machine). React then hydrates the field without looking at its
 * text: the typed text stays on screen while the component's state keeps the server's value,
 * and React's change tracking takes the typed text as the field's current value, so typing
 * the same text again is no change either. The form looks filled in and acts on the old
 * value (a Rename button stayed disabled under typed text). Once mounted, this hands the
 * field's text to `adopt` when it differs from the state it was rendered with.
 *
 * Returns the ref to put on the field.
 */
export function useEarlyTyping<E extends Field>(
  value: string,
  adopt: (typed: string) => void,
): RefObject<E | null> {
  const ref = useRef<E>(null);
  // What the first render showed, and how to adopt: read once, after hydration.
  const rendered = useRef({ value, adopt });
  useEffect(() => {
    const node = ref.current;
    // A text area's value has its line breaks as "\n" whatever the text held: that is no typing.
    const shown = rendered.current.value.replace(/\r\n?/g, '\n');
    if (node && node.value !== shown) rendered.current.adopt(node.value);
  }, []);
  return ref;
}
