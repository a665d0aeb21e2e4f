import { describe, expect, it } from 'vitest';
import {
  allowedStatusMoves,
  canMoveStatus,
  COMMITMENT_STATUSES,
  CommitmentStatus,
  INITIAL_STATUS,
  STATUS_DEFINITIONS,
} from './status';

describe('status vocabulary', () => {
  it('has the six statuses of the design, and the schema accepts exactly them', () => {
    expect([...COMMITMENT_STATUSES].sort()).toEqual([
      'abandoned',
      'delivered',
      'in_progress',
      'not_yet_rated',
      'partially_delivered',
      'stalled',
    ]);
    for (const status of COMMITMENT_STATUSES) expect(CommitmentStatus.parse(status)).toBe(status);
    expect(CommitmentStatus.safeParse('done').success).toBe(false);
    expect(CommitmentStatus.safeParse('').success).toBe(false);
  });

  it.each(COMMITMENT_STATUSES)('%s has a non-empty label and written definition', (status) => {
    const def = STATUS_DEFINITIONS[status];
    expect(def).toBeDefined();
    expect(def.label.trim().length).toBeGreaterThan(0);
    // A definition is a sentence, not a placeholder.
    expect(def.definition.trim().length).toBeGreaterThan(30);
    expect(def.definition.trim()).toMatch(/\.$/);
  });

  it('defines no status outside the vocabulary, and labels and definitions are distinct', () => {
    expect(Object.keys(STATUS_DEFINITIONS).sort()).toEqual([...COMMITMENT_STATUSES].sort());
    const labels = COMMITMENT_STATUSES.map((s) => STATUS_DEFINITIONS[s].label);
    const definitions = COMMITMENT_STATUSES.map((s) => STATUS_DEFINITIONS[s].definition);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(definitions).size).toBe(definitions.length);
  });

  it('marks exactly delivered and abandoned as final', () => {
    const finals = COMMITMENT_STATUSES.filter((s) => STATUS_DEFINITIONS[s].final).sort();
    expect(finals).toEqual(['abandoned', 'delivered']);
  });

  it('starts commitments as not yet rated', () => {
    expect(INITIAL_STATUS).toBe('not_yet_rated');
  });
});

describe('allowed status moves', () => {
  it('treats delivered as final: no move out of it', () => {
    expect(allowedStatusMoves('delivered')).toEqual([]);
    for (const to of COMMITMENT_STATUSES) expect(canMoveStatus('delivered', to)).toBe(false);
  });

  it('lets abandoned be revived only to in_progress', () => {
    expect(allowedStatusMoves('abandoned')).toEqual(['in_progress']);
    for (const to of COMMITMENT_STATUSES) {
      expect(canMoveStatus('abandoned', to)).toBe(to === 'in_progress');
    }
  });

  it.each(COMMITMENT_STATUSES)('does not count %s -> itself as a move', (status) => {
    expect(canMoveStatus(status, status)).toBe(false);
    expect(allowedStatusMoves(status)).not.toContain(status);
  });

  it('never allows a move back to not_yet_rated', () => {
    for (const from of COMMITMENT_STATUSES)
      expect(canMoveStatus(from, 'not_yet_rated')).toBe(false);
  });

  it('allows ordinary moves and rejects illegal ones', () => {
    expect(canMoveStatus('not_yet_rated', 'in_progress')).toBe(true);
    expect(canMoveStatus('not_yet_rated', 'delivered')).toBe(true);
    expect(canMoveStatus('in_progress', 'delivered')).toBe(true);
    expect(canMoveStatus('in_progress', 'stalled')).toBe(true);
    expect(canMoveStatus('stalled', 'in_progress')).toBe(true);
    expect(canMoveStatus('partially_delivered', 'delivered')).toBe(true);
    expect(canMoveStatus('partially_delivered', 'abandoned')).toBe(true);
    expect(canMoveStatus('in_progress', 'not_yet_rated')).toBe(false);
    expect(canMoveStatus('abandoned', 'delivered')).toBe(false);
    expect(canMoveStatus('delivered', 'stalled')).toBe(false);
  });

  it('agrees with allowedStatusMoves for every pair', () => {
    for (const from of COMMITMENT_STATUSES) {
      const allowed = allowedStatusMoves(from);
      for (const to of COMMITMENT_STATUSES) {
        expect(canMoveStatus(from, to), `${from} -> ${to}`).toBe(allowed.includes(to));
      }
      // Targets are valid statuses and listed once.
      expect(new Set(allowed).size).toBe(allowed.length);
      for (const to of allowed) expect(COMMITMENT_STATUSES).toContain(to);
    }
  });

  it('lets every non-final status move to delivered and abandoned', () => {
    for (const from of COMMITMENT_STATUSES) {
      if (STATUS_DEFINITIONS[from].final) continue;
      expect(canMoveStatus(from, 'delivered'), from).toBe(true);
      expect(canMoveStatus(from, 'abandoned'), from).toBe(true);
    }
  });
});
