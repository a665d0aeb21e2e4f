'use client';

import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { TODAY_PATHS } from '~/lib/site-paths';
import { trpc } from '~/lib/trpc';
import {
  type InlineStyle,
  insertLink,
  type LineStyle,
  shortcutStyle,
  type TextEdit,
  type TextSelection,
  toggleInline,
  toggleLines,
} from './markdown-edit';
import { useDebouncedSearch } from './use-debounced-search';

/**
 * Makes `edit` in the text area as typing would: through the browser's own text insertion, so
 * the field's change handler sees it and Ctrl+Z takes it back. Where that is not available,
 * the text is replaced directly and an input event tells the form.
 */
function applyEdit(area: HTMLTextAreaElement, edit: TextEdit) {
  area.focus();
  area.setSelectionRange(edit.from, edit.to);
  const expected = area.value.slice(0, edit.from) + edit.insert + area.value.slice(edit.to);
  let typed = false;
  try {
    typed = document.execCommand('insertText', false, edit.insert);
  } catch {
    typed = false;
  }
  if (!typed || area.value !== expected) {
    area.setRangeText(edit.insert, edit.from, edit.to, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  area.setSelectionRange(edit.selStart, edit.selEnd);
}

function selectionOf(area: HTMLTextAreaElement): TextSelection {
  return { text: area.value, start: area.selectionStart, end: area.selectionEnd };
}

type Action = InlineStyle | LineStyle | 'link';

function editFor(action: Action, selection: TextSelection): TextEdit {
  switch (action) {
    case 'bold':
    case 'italic':
      return toggleInline(selection, action);
    case 'link':
      return insertLink(selection);
    default:
      return toggleLines(selection, action);
  }
}

const BUTTONS: readonly { action: Action; label: string; face: string; keys?: string }[] = [
  { action: 'bold', label: 'Bold', face: 'B', keys: 'Ctrl+B' },
  { action: 'italic', label: 'Italic', face: 'I', keys: 'Ctrl+I' },
  { action: 'heading', label: 'Heading', face: 'H' },
  { action: 'bullets', label: 'Bulleted list', face: '• List' },
  { action: 'numbers', label: 'Numbered list', face: 'Numbered' },
  { action: 'quote', label: 'Quotation', face: '“ ”' },
  { action: 'link', label: 'Link to another site', face: 'Link', keys: 'Ctrl+K' },
];

/** The Ctrl/⌘ shortcuts of the text area: B, I and K. Returns whether it handled the key. */
export function handleMarkdownShortcut(
  event: KeyboardEvent<HTMLElement>,
  area: HTMLTextAreaElement | null,
): boolean {
  if (!area || event.target !== area || !(event.ctrlKey || event.metaKey) || event.altKey) {
    return false;
  }
  const action = shortcutStyle(event.key);
  if (!action || event.shiftKey) return false;
  event.preventDefault();
  applyEdit(area, editFor(action, selectionOf(area)));
  return true;
}

/**
 * The toolbar over a Markdown text area: bold, italic, a heading, lists, a quotation and
 * links, including a picker for the site's own pages (commitments, briefs and meetings) so an
 * internal link is never typed by hand. A toolbar in the ARIA sense: one tab stop, arrow keys
 * move between its buttons.
 */
export function MarkdownToolbar({ areaId }: { areaId: string }) {
  const [active, setActive] = useState(0);
  const [picking, setPicking] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const area = () => document.getElementById(areaId) as HTMLTextAreaElement | null;
  const count = BUTTONS.length + 1;

  function onToolbarKey(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: (active + 1) % count,
      ArrowLeft: (active - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <>
      <div
        className="admin-md-toolbar"
        role="toolbar"
        aria-label="Format the text"
        aria-controls={areaId}
        onKeyDown={onToolbarKey}
      >
        {BUTTONS.map((b, i) => (
          <button
            key={b.action}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            tabIndex={i === active ? 0 : -1}
            aria-label={b.label}
            aria-keyshortcuts={b.keys?.replace('Ctrl', 'Control')}
            title={b.keys ? `${b.label} (${b.keys})` : b.label}
            onFocus={() => setActive(i)}
            onClick={() => {
              const el = area();
              if (el) applyEdit(el, editFor(b.action, selectionOf(el)));
            }}
          >
            {b.face}
          </button>
        ))}
        <button
          ref={(el) => {
            buttons.current[BUTTONS.length] = el;
          }}
          type="button"
          tabIndex={active === BUTTONS.length ? 0 : -1}
          aria-expanded={picking}
          onFocus={() => setActive(BUTTONS.length)}
          onClick={() => setPicking((open) => !open)}
        >
          Link to a page…
        </button>
      </div>
      {picking ? (
        <PagePicker
          onPick={(link) => {
            const el = area();
            setPicking(false);
            if (el) applyEdit(el, insertLink(selectionOf(el), link));
          }}
          onClose={() => {
            setPicking(false);
            area()?.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface PageLink {
  href: string;
  title: string;
  kind: string;
  /** Why a reader may not see it yet, if so. */
  note?: string;
}

/** Matches shown per kind of page. */
const PER_KIND = 6;

async function findPages(q: string): Promise<PageLink[]> {
  const [commitments, themes, meetings] = await Promise.all([
    trpc.editor.commitment.list.query({ q, limit: PER_KIND }),
    trpc.editor.theme.list.query({ q, limit: PER_KIND }),
    trpc.editor.meeting.list.query({ q, limit: PER_KIND }),
  ]);
  return [
    ...themes.items.map((t) => ({
      href: TODAY_PATHS.theme(t.slug),
      title: t.title,
      kind: 'Brief',
    })),
    ...commitments.items.map((c) => ({
      href: TODAY_PATHS.commitment(c.slug),
      title: c.title,
      kind: 'Commitment',
      note:
        c.editorialState === 'published'
          ? undefined
          : `${c.editorialState.replace('_', ' ')}: readers get “not found” until it is published`,
    })),
    ...meetings.items.map((m) => ({
      href: `/meetings/${m.slug}`,
      title: m.title,
      kind: 'Meeting',
    })),
  ];
}

/** Find a page of the site by words of its title and link to it. */
function PagePicker({
  onPick,
  onClose,
}: {
  onPick: (link: PageLink) => void;
  onClose: () => void;
}) {
  const id = useId();
  const { state, search } = useDebouncedSearch(findPages);
  const status =
    state.kind === 'searching'
      ? 'Searching…'
      : state.kind === 'failed'
        ? 'The search failed. Try again.'
        : state.kind === 'found'
          ? state.found.length === 0
            ? `No page matches “${state.q}”.`
            : `${state.found.length} found.`
          : 'Type at least two letters.';
  return (
    <div className="admin-md-picker" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        Find a brief, commitment or meeting
      </label>
      <input
        id={id}
        type="search"
        maxLength={100}
        autoComplete="off"
        // Opened on purpose to type in: focus follows the editor's click.
        autoFocus
        aria-describedby={`${id}-status`}
        onChange={(e) => search(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches here; it must not submit the record's form.
          if (e.key === 'Enter') e.preventDefault();
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <p id={`${id}-status`} className="admin-hint" role="status">
        {status}
      </p>
      {state.kind === 'found' && state.found.length > 0 ? (
        <ul className="admin-md-results">
          {state.found.map((page) => (
            <li key={page.href}>
              <button type="button" onClick={() => onPick(page)}>
                <span className="admin-md-kind">{page.kind}:</span> {page.title}
              </button>
              {page.note ? <span className="admin-hint"> ({page.note})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
