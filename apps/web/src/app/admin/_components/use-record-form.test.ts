import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  type FormAction,
  formReducer,
  type FormState,
  initialFormState,
  requireVersion,
} from './use-record-form';

interface Data {
  title: string;
}

const run = (state: FormState<Data>, ...actions: FormAction<Data>[]) =>
  actions.reduce(formReducer<Data>, state);

const conflict = (currentVersion: number, title: string): Conflict<Data> => ({
  currentVersion,
  changedBy: 'Other Editor',
  changedAt: '2026-01-02T03:04:05.000Z',
  current: { title },
  theirs: { title },
});

describe('the record form keeps its version in one place', () => {
  it('bases the next save on the version a save answered, not on the page it started from', () => {
    const page = initialFormState<Data>({ title: 'One' }, 1);
    const typed = run(page, { type: 'edit', update: () => ({ title: 'Two' }) });
    const saved = run(
      typed,
      { type: 'submitting' },
      { type: 'saved', version: 2, stored: { title: 'Two' }, submitted: typed.data },
    );
    expect(saved.version).toBe(2);
    expect(saved.notice).toBe('Saved (version 2)');
    expect(saved.pending).toBe(false);
    // A second save without the page reloading: still the answer's version, not the prop's 1.
    const again = run(
      saved,
      { type: 'edit', update: () => ({ title: 'Three' }) },
      { type: 'submitting' },
    );
    expect(again.version).toBe(2);
  });

  it('keeps what was typed during a save, and stays dirty', () => {
    const page = initialFormState<Data>({ title: 'One' }, 4);
    const submitted = run(page, { type: 'edit', update: () => ({ title: 'Two ' }) });
    const state = run(
      submitted,
      { type: 'submitting' },
      { type: 'edit', update: () => ({ title: 'Two and more' }) },
      { type: 'saved', version: 5, stored: { title: 'Two' }, submitted: submitted.data },
    );
    expect(state.data).toEqual({ title: 'Two and more' });
    expect(state.saved).toEqual({ title: 'Two' });
    expect(state.version).toBe(5);
  });

  it('a restored draft keeps its older base version, so saving it is a conflict, not an overwrite', () => {
    const page = initialFormState<Data>({ title: 'Saved by someone' }, 7);
    const state = run(page, {
      type: 'draftRestored',
      draft: { baseVersion: 5, data: { title: 'Mine' } },
    });
    expect(state.version).toBe(5);
    expect(state.restored).toEqual({ baseVersion: 5 });
    const discarded = run(state, {
      type: 'discardRestored',
      data: page.data,
      version: 7,
    });
    expect(discarded.version).toBe(7);
    expect(discarded.data).toEqual({ title: 'Saved by someone' });
    expect(discarded.restored).toBeNull();
  });

  it('keep mine rebases on their version and keeps my input; load theirs takes both', () => {
    const mine = run(initialFormState<Data>({ title: 'One' }, 3), {
      type: 'edit',
      update: () => ({ title: 'Mine' }),
    });
    const clash = run(
      mine,
      { type: 'submitting' },
      { type: 'conflict', conflict: conflict(4, 'Theirs') },
    );
    expect(clash.version).toBe(3);
    expect(clash.pending).toBe(false);

    const kept = run(clash, { type: 'keepMine' });
    expect(kept.version).toBe(4);
    expect(kept.data).toEqual({ title: 'Mine' });
    expect(kept.conflict).toBeNull();

    const loaded = run(clash, { type: 'loadTheirs' });
    expect(loaded.version).toBe(4);
    expect(loaded.data).toEqual({ title: 'Theirs' });
    expect(loaded.saved).toEqual({ title: 'Theirs' });
    expect(loaded.notice).toBe('Loaded version 4 by Other Editor.');
  });

  it('adopts the version another write on the record answered', () => {
    const state = run(initialFormState<Data>({ title: 'One' }, 3), {
      type: 'adoptVersion',
      version: 6,
    });
    expect(state.version).toBe(6);
  });

  it('never guesses a version for an existing record (no fallback to 1)', () => {
    expect(requireVersion(3)).toBe(3);
    expect(() => requireVersion(null)).toThrow(/does not know which version/);
  });
});
