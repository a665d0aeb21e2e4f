'use client';

import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
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

interface StoredDraft<T> {
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
 * Editing one record with optimistic versioning. The input lives in React state and in
 * sessionStorage, so neither an error, a conflict nor a reload loses it; a save sends the
 * version it was based on and a stale one comes back as a conflict to resolve.
 */
export function useRecordForm<T>(options: RecordFormOptions<T>): RecordFormState<T> {
  const { draftKey, schema, initial, save, onSaved } = options;
  const formId = useId();
  const fromConflict = options.fromConflict ?? pickKeysOf(initial);

  const [data, setDataState] = useState<T>(initial);
  const [saved, setSaved] = useState<T>(initial);
  const [version, setVersion] = useState<number | null>(options.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);
  const [pending, setPending] = useState(false);
  const [restored, setRestored] = useState<{ baseVersion: number | null } | null>(null);
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
    if (draft && !same(draft.data, initial)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only storage, read after hydration (see above)
      setDataState(draft.data);
      // A draft based on an older version keeps that base: saving it shows the conflict
      // instead of silently overwriting what was saved in between.
      setVersion(draft.baseVersion);
      setRestored({ baseVersion: draft.baseVersion });
    }
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

  const setData = useCallback((update: (data: T) => T) => {
    setDataState(update);
    setNotice(null);
  }, []);

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
    setNotice(null);
    setProblem(null);
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const found = issuesByPath(parsed.error.issues);
      const reword = options.describeIssue;
      setErrors(
        reword
          ? Object.fromEntries(Object.entries(found).map(([path, m]) => [path, reword(path, m)]))
          : found,
      );
      setProblem('Nothing was saved. Correct the fields listed below.');
      focusSummary();
      return;
    }
    const submitted = data;
    setErrors({});
    setPending(true);
    try {
      const result = await save(parsed.data, version);
      setVersion(result.version);
      setSaved(parsed.data);
      // Show what was stored (trimmed), unless the editor typed on while it was saving.
      setDataState((current) => (current === submitted ? parsed.data : current));
      setConflict(null);
      setRestored(null);
      if (dataRef.current === submitted) writeDraft(draftKey, null);
      setNotice(`Saved (version ${result.version})`);
      onSaved?.(result, parsed.data);
    } catch (error) {
      const p = describeProblem(error);
      if (p.conflict && options.onConflict) {
        setProblem(options.onConflict(p.conflict));
        focusSummary();
      } else if (p.conflict) {
        setConflict({ ...p.conflict, theirs: fromConflict(p.conflict.current) });
      } else {
        const fields = serverFields(p.fields);
        setErrors(fields);
        setProblem(
          Object.keys(fields).length > 0
            ? 'Nothing was saved. Correct the fields listed below.'
            : `Nothing was saved. ${p.message}`,
        );
        focusSummary();
      }
    } finally {
      setPending(false);
    }
  }

  function keepMine() {
    if (!conflict) return;
    setVersion(conflict.currentVersion);
    setSaved(conflict.theirs);
    setConflict(null);
    setNotice(
      `Your version is kept. Saving now replaces version ${conflict.currentVersion} by ${conflict.changedBy}.`,
    );
  }

  function loadTheirs() {
    if (!conflict) return;
    const ok = window.confirm(
      `Replace your unsaved changes with version ${conflict.currentVersion} by ${conflict.changedBy}? Your changes will be lost.`,
    );
    if (!ok) return;
    setDataState(conflict.theirs);
    setSaved(conflict.theirs);
    setVersion(conflict.currentVersion);
    setConflict(null);
    setErrors({});
    setProblem(null);
    writeDraft(draftKey, null);
    setNotice(`Loaded version ${conflict.currentVersion} by ${conflict.changedBy}.`);
  }

  function discardRestored() {
    setDataState(initial);
    setSaved(initial);
    setVersion(options.version);
    setRestored(null);
    setErrors({});
    setProblem(null);
    writeDraft(draftKey, null);
  }

  function reset(next: T, nextVersion: number | null = version) {
    setDataState(next);
    setSaved(next);
    setVersion(nextVersion);
    setErrors({});
    setProblem(null);
    setConflict(null);
    setRestored(null);
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
    adoptVersion: setVersion,
    dirty,
    errors,
    problem,
    notice,
    conflict,
    keepMine,
    loadTheirs,
    restored,
    discardRestored,
    submit,
    summaryRef,
  };
}
