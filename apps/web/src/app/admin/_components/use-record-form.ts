'use client';

import {
  type FormEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { type z } from 'zod';
import { type ConflictInfo, describeProblem } from '~/lib/trpc';
import { getAt, setAt } from './paths';

export interface Saved {
  id: number;
  version: number;
}

export interface RecordFormOptions<T> {
  /** Names the browser-session draft: "commitment:12", "meeting:new". */
  draftKey: string;
  /** The domain schema the API validates with; the form checks it before sending. */
  schema: z.ZodType<T>;
  initial: T;
  /** The version the form starts from; null for a record not created yet. */
  version: number | null;
  save: (data: T, expectedVersion: number | null) => Promise<Saved>;
  onSaved?: (saved: Saved, data: T) => void;
  /**
   * The other person's record (from a conflict) in the form's shape. By default, the fields
   * the form edits: a commitment's workflow state and history are not the form's business.
   */
  fromConflict?: (current: Record<string, unknown>) => T;
  /**
   * For forms that add to a record rather than edit its fields (a status update): turn a
   * conflict into a message instead of the side-by-side panel.
   */
  onConflict?: (conflict: ConflictInfo) => string;
  /** Rewords a schema's message for this form ("A slug cannot be empty" on a select). */
  describeIssue?: (path: string, message: string) => string;
}

export interface Conflict<T> extends ConflictInfo {
  theirs: T;
}

/** What field components need from a form: values, errors and ids by dotted path. */
export interface FormBinding {
  fieldId: (path: string) => string;
  valueAt: (path: string) => unknown;
  setAt: (path: string, value: unknown) => void;
  errorAt: (path: string) => string | undefined;
  pending: boolean;
}

export interface RecordFormState<T> extends FormBinding {
  formId: string;
  data: T;
  setData: (update: (data: T) => T) => void;
  /** The version the next save is based on (sent as expectedVersion). */
  version: number | null;
  /** Another write on this record (a status update, a workflow move) made `version` current. */
  adoptVersion: (version: number) => void;
  dirty: boolean;
  errors: Record<string, string>;
  /** A problem that is not about one field (or a summary when some are). */
  problem: string | null;
  /** "Saved (version 4)" and similar, announced politely. */
  notice: string | null;
  conflict: Conflict<T> | null;
  keepMine: () => void;
  loadTheirs: () => void;
  /** Set when unsaved input from earlier in this browser session was put back. */
  restored: { baseVersion: number | null } | null;
  discardRestored: () => void;
  /** Start over from `data` (a blank status update after recording one); keeps the notice. */
  reset: (data: T, version?: number | null) => void;
  submit: (event?: FormEvent) => Promise<void>;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}

export interface StoredDraft<T> {
  baseVersion: number | null;
  data: T;
}

const DRAFT_PREFIX = 'accord-draft:';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.sessionStorage.getItem(DRAFT_PREFIX + key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : null;
  } catch {
    return null;
  }
}

function writeDraft<T>(key: string, draft: StoredDraft<T> | null) {
  try {
    if (draft) window.sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
    else window.sessionStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Storage full or blocked: the form still holds the input; only reload-safety is lost.
  }
}

/** Zod's default wording is for developers; say what to do instead. Own messages stay. */
function friendly(issue: z.core.$ZodIssue): string {
  const m = issue.message;
  if (/^Too small: expected string to have >=1 /.test(m)) return 'This cannot be empty.';
  if (/^Invalid option/.test(m)) return 'Choose one of the options.';
  if (/^Invalid input: expected number/.test(m)) return 'Enter a number.';
  return m;
}

export function issuesByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join('.')] ??= friendly(issue);
  return out;
}

/** The API reports update errors under "data." (its input); the form's paths start inside. */
function serverFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    out[path.replace(/^data(\.|$)/, '')] ??= message;
  }
  return out;
}

function pickKeysOf<T>(shape: T) {
  return (current: Record<string, unknown>): T => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape as object)) out[key] = current[key];
    return out as T;
  };
}

/**
 * Everything the form holds, in one place. `version` is the only copy of the version the next
 * save is based on: the page's prop only starts it (and is what "discard" goes back to), and
 * every answer (a save, a conflict resolved, another write adopted) moves it here.
 */
export interface FormState<T> {
  data: T;
  /** What the server holds as far as the form knows: `data` differs from it when dirty. */
  saved: T;
  version: number | null;
  errors: Record<string, string>;
  problem: string | null;
  notice: string | null;
  conflict: Conflict<T> | null;
  pending: boolean;
  restored: { baseVersion: number | null } | null;
}

export type FormAction<T> =
  | { type: 'edit'; update: (data: T) => T }
  | { type: 'draftRestored'; draft: StoredDraft<T> }
  | { type: 'invalid'; errors: Record<string, string>; problem: string }
  | { type: 'submitting' }
  | { type: 'saved'; version: number; stored: T; submitted: T }
  | { type: 'conflict'; conflict: Conflict<T> }
  | { type: 'failed'; errors: Record<string, string>; problem: string }
  | { type: 'keepMine' }
  | { type: 'loadTheirs' }
  | { type: 'discardRestored'; data: T; version: number | null }
  | { type: 'reset'; data: T; version: number | null }
  | { type: 'adoptVersion'; version: number };

export function initialFormState<T>(data: T, version: number | null): FormState<T> {
  return {
    data,
    saved: data,
    version,
    errors: {},
    problem: null,
    notice: null,
    conflict: null,
    pending: false,
    restored: null,
  };
}

export function formReducer<T>(state: FormState<T>, action: FormAction<T>): FormState<T> {
  switch (action.type) {
    case 'edit':
      return { ...state, data: action.update(state.data), notice: null };
    case 'draftRestored':
      // A draft based on an older version keeps that base: saving it shows the conflict
      // instead of silently overwriting what was saved in between.
      return {
        ...state,
        data: action.draft.data,
        version: action.draft.baseVersion,
        restored: { baseVersion: action.draft.baseVersion },
      };
    case 'invalid':
      return { ...state, errors: action.errors, problem: action.problem, notice: null };
    case 'submitting':
      return { ...state, errors: {}, problem: null, notice: null, pending: true };
    case 'saved':
      return {
        ...state,
        version: action.version,
        saved: action.stored,
        // Show what was stored (trimmed), unless the editor typed on while it was saving.
        data: state.data === action.submitted ? action.stored : state.data,
        conflict: null,
        restored: null,
        pending: false,
        notice: `Saved (version ${action.version})`,
      };
    case 'conflict':
      return { ...state, conflict: action.conflict, pending: false };
    case 'failed':
      return { ...state, errors: action.errors, problem: action.problem, pending: false };
    case 'keepMine': {
      const { conflict } = state;
      if (!conflict) return state;
      return {
        ...state,
        version: conflict.currentVersion,
        saved: conflict.theirs,
        conflict: null,
        notice: `Your version is kept. Saving now replaces version ${conflict.currentVersion} by ${conflict.changedBy}.`,
      };
    }
    case 'loadTheirs': {
      const { conflict } = state;
      if (!conflict) return state;
      return {
        ...state,
        data: conflict.theirs,
        saved: conflict.theirs,
        version: conflict.currentVersion,
        conflict: null,
        errors: {},
        problem: null,
        notice: `Loaded version ${conflict.currentVersion} by ${conflict.changedBy}.`,
      };
    }
    case 'discardRestored':
      return {
        ...state,
        data: action.data,
        saved: action.data,
        version: action.version,
        restored: null,
        errors: {},
        problem: null,
      };
    case 'reset':
      // Keeps the notice ("Saved (version 4)") of what led to the reset.
      return { ...initialFormState(action.data, action.version), notice: state.notice };
    case 'adoptVersion':
      return { ...state, version: action.version };
  }
}

/**
 * The expected version a save of an existing record sends. A form without one has lost track
 * of what it is based on: refuse, rather than guess a version and overwrite someone's save.
 */
export function requireVersion(expectedVersion: number | null): number {
  if (expectedVersion === null) {
    throw new Error(
      'Nothing was saved: this form does not know which version it changes. Reload the page.',
    );
  }
  return expectedVersion;
}

/**
 * Editing one record with optimistic versioning. The input lives in React state and in
 * sessionStorage, so neither an error, a conflict nor a reload loses it; a save sends the
 * version it was based on and a stale one comes back as a conflict to resolve.
 */
export function useRecordForm<T>(options: RecordFormOptions<T>): RecordFormState<T> {
  const { draftKey, schema, initial, save, onSaved } = options;
  const formId = useId();
  const fromConflict = options.fromConflict ?? pickKeysOf(initial);

  const [state, dispatch] = useReducer(formReducer<T>, null, (): FormState<T> =>
    initialFormState(initial, options.version),
  );
  const { data, saved, version, errors, problem, notice, conflict, pending, restored } = state;
  const [storageReady, setStorageReady] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The latest committed input, for a save that finishes after the editor typed on. Updated
  // after each render commits, not during render (a render React throws away must not move it).
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  }, [data]);

  const dirty = !same(data, saved);

  // Put back input from earlier in this session (a reload, a crash, a sign-in detour).
  // sessionStorage exists only in the browser, so this waits for hydration: reading it during
  // render would make the first client render differ from the server's HTML.
  useEffect(() => {
    const draft = readDraft<T>(draftKey);
    if (draft && !same(draft.data, initial)) dispatch({ type: 'draftRestored', draft });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only storage, read after hydration (see above)
    setStorageReady(true);
    // Only on first render: later drafts are this form's own, and `initial` is a new object on
    // every render of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount, by design (above)
  }, []);

  useEffect(() => {
    if (!storageReady) return;
    writeDraft(draftKey, dirty ? { baseVersion: version, data } : null);
  }, [storageReady, draftKey, dirty, version, data]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const setData = useCallback((update: (data: T) => T) => dispatch({ type: 'edit', update }), []);

  const binding = useMemo(
    () => ({
      fieldId: (path: string) => `${formId}-${path.replace(/\./g, '-') || 'record'}`,
      valueAt: (path: string) => getAt(data, path),
      setAt: (path: string, value: unknown) => setData((d) => setAt(d, path, value)),
      errorAt: (path: string) => errors[path],
    }),
    [formId, data, errors, setData],
  );

  const focusSummary = () => {
    // After React has rendered the summary.
    window.requestAnimationFrame(() => summaryRef.current?.focus());
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (pending) return;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const found = issuesByPath(parsed.error.issues);
      const reword = options.describeIssue;
      dispatch({
        type: 'invalid',
        errors: reword
          ? Object.fromEntries(Object.entries(found).map(([path, m]) => [path, reword(path, m)]))
          : found,
        problem: 'Nothing was saved. Correct the fields listed below.',
      });
      focusSummary();
      return;
    }
    const submitted = data;
    dispatch({ type: 'submitting' });
    try {
      const result = await save(parsed.data, version);
      dispatch({ type: 'saved', version: result.version, stored: parsed.data, submitted });
      if (dataRef.current === submitted) writeDraft(draftKey, null);
      onSaved?.(result, parsed.data);
    } catch (error) {
      const p = describeProblem(error);
      if (p.conflict && options.onConflict) {
        dispatch({ type: 'failed', errors: {}, problem: options.onConflict(p.conflict) });
        focusSummary();
      } else if (p.conflict) {
        dispatch({
          type: 'conflict',
          conflict: { ...p.conflict, theirs: fromConflict(p.conflict.current) },
        });
      } else {
        const fields = serverFields(p.fields);
        dispatch({
          type: 'failed',
          errors: fields,
          problem:
            Object.keys(fields).length > 0
              ? 'Nothing was saved. Correct the fields listed below.'
              : `Nothing was saved. ${p.message}`,
        });
        focusSummary();
      }
    }
  }

  function loadTheirs() {
    if (!conflict) return;
    const ok = window.confirm(
      `Replace your unsaved changes with version ${conflict.currentVersion} by ${conflict.changedBy}? Your changes will be lost.`,
    );
    if (!ok) return;
    dispatch({ type: 'loadTheirs' });
    writeDraft(draftKey, null);
  }

  function discardRestored() {
    // Back to the record as the page shows it.
    dispatch({ type: 'discardRestored', data: initial, version: options.version });
    writeDraft(draftKey, null);
  }

  function reset(next: T, nextVersion: number | null = version) {
    dispatch({ type: 'reset', data: next, version: nextVersion });
    writeDraft(draftKey, null);
  }

  return {
    ...binding,
    reset,
    pending,
    formId,
    data,
    setData,
    version,
    adoptVersion: (next: number) => dispatch({ type: 'adoptVersion', version: next }),
    dirty,
    errors,
    problem,
    notice,
    conflict,
    keepMine: () => dispatch({ type: 'keepMine' }),
    loadTheirs,
    restored,
    discardRestored,
    submit,
    summaryRef,
  };
}
