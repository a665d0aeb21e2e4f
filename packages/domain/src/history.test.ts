import { describe, expect, it } from 'vitest';
import {
  currentStatus,
  type DatedStatus,
  findHistoryProblems,
  sortHistory,
  statusAsOf,
} from './history';

const history: DatedStatus[] = [
  { effectiveOn: '2023-06-01', status: 'in_progress' },
  { effectiveOn: '2023-09-15', status: 'stalled' },
  { effectiveOn: '2024-02-10', status: 'delivered' },
];

describe('statusAsOf', () => {
  it('is not_yet_rated with no updates', () => {
    expect(statusAsOf([], '2023-05-18')).toBe('not_yet_rated');
  });

  it('is not_yet_rated before the first update', () => {
    expect(statusAsOf(history, '2023-05-31')).toBe('not_yet_rated');
    expect(statusAsOf(history, '2020-01-01')).toBe('not_yet_rated');
  });

  it('counts an update on its exact effective day', () => {
    expect(statusAsOf(history, '2023-06-01')).toBe('in_progress');
    expect(statusAsOf(history, '2023-09-15')).toBe('stalled');
    expect(statusAsOf(history, '2024-02-10')).toBe('delivered');
  });

  it('keeps the earlier status between updates and the day before one', () => {
    expect(statusAsOf(history, '2023-07-20')).toBe('in_progress');
    expect(statusAsOf(history, '2023-09-14')).toBe('in_progress');
    expect(statusAsOf(history, '2024-02-09')).toBe('stalled');
    expect(statusAsOf(history, '2030-01-01')).toBe('delivered');
  });

  it('breaks a same-day tie by recordedAt: the later record wins, whatever the input order', () => {
    const later: DatedStatus = {
      effectiveOn: '2023-07-01',
      status: 'stalled',
      recordedAt: '2023-07-01T15:00:00Z',
    };
    const earlier: DatedStatus = {
      effectiveOn: '2023-07-01',
      status: 'in_progress',
      recordedAt: new Date('2023-07-01T09:00:00Z'),
    };
    expect(statusAsOf([later, earlier], '2023-07-01')).toBe('stalled');
    expect(statusAsOf([earlier, later], '2023-07-01')).toBe('stalled');
    const flipped: DatedStatus = { ...earlier, recordedAt: new Date('2023-07-01T18:00:00Z') };
    expect(statusAsOf([later, flipped], '2023-07-01')).toBe('in_progress');
  });

  it('does not depend on the order of the input', () => {
    const shuffled = [history[2]!, history[0]!, history[1]!];
    expect(statusAsOf(shuffled, '2023-05-31')).toBe('not_yet_rated');
    expect(statusAsOf(shuffled, '2023-06-01')).toBe('in_progress');
    expect(statusAsOf(shuffled, '2023-12-31')).toBe('stalled');
    expect(statusAsOf(shuffled, '2024-02-10')).toBe('delivered');
  });

  it('does not reorder the caller array', () => {
    const shuffled = [history[2]!, history[0]!, history[1]!];
    const copy = [...shuffled];
    statusAsOf(shuffled, '2023-12-31');
    sortHistory(shuffled);
    expect(shuffled).toEqual(copy);
  });
});

describe('sortHistory', () => {
  it('orders by effective date, then by recording time', () => {
    const sorted = sortHistory([
      { effectiveOn: '2024-01-01', status: 'delivered' },
      { effectiveOn: '2023-06-01', status: 'stalled', recordedAt: '2023-06-02T00:00:00Z' },
      { effectiveOn: '2023-06-01', status: 'in_progress', recordedAt: '2023-06-01T00:00:00Z' },
    ]);
    expect(sorted.map((u) => u.status)).toEqual(['in_progress', 'stalled', 'delivered']);
  });
});

describe('currentStatus', () => {
  it('is not_yet_rated with no updates', () => {
    expect(currentStatus([])).toBe('not_yet_rated');
  });

  it('is the status of the latest update, whatever the input order', () => {
    expect(currentStatus(history)).toBe('delivered');
    expect(currentStatus([history[2]!, history[1]!, history[0]!])).toBe('delivered');
    expect(currentStatus([history[1]!, history[0]!])).toBe('stalled');
  });

  it('counts updates dated in the future', () => {
    expect(currentStatus([{ effectiveOn: '2999-01-01', status: 'abandoned' }, history[0]!])).toBe(
      'abandoned',
    );
  });

  it('uses recordedAt for same-day updates', () => {
    expect(
      currentStatus([
        { effectiveOn: '2023-07-01', status: 'stalled', recordedAt: '2023-07-01T15:00:00Z' },
        { effectiveOn: '2023-07-01', status: 'in_progress', recordedAt: '2023-07-01T09:00:00Z' },
      ]),
    ).toBe('stalled');
  });
});

describe('findHistoryProblems', () => {
  it('flags an update dated after today, and only when today is given', () => {
    const future = [{ effectiveOn: '2030-01-02', status: 'in_progress' as const }];
    expect(findHistoryProblems(future)).toEqual([]);
    const problems = findHistoryProblems(future, '2030-01-01');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('future');
    expect(findHistoryProblems(future, '2030-01-02')).toEqual([]);
  });

  it('finds nothing in a legal history, or an empty one', () => {
    expect(findHistoryProblems(history)).toEqual([]);
    expect(findHistoryProblems([])).toEqual([]);
  });

  it('flags a move out of delivered (delivered -> stalled)', () => {
    const problems = findHistoryProblems([
      { effectiveOn: '2023-06-01', status: 'delivered' },
      { effectiveOn: '2023-08-01', status: 'stalled' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 1, from: 'delivered', to: 'stalled' });
    expect(problems[0]!.message).toContain('delivered');
    expect(problems[0]!.message).toContain('stalled');
    expect(problems[0]!.message).toContain('2023-08-01');
  });

  it('checks moves in effective order, not input order', () => {
    const problems = findHistoryProblems([
      { effectiveOn: '2023-08-01', status: 'stalled' },
      { effectiveOn: '2023-06-01', status: 'delivered' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ from: 'delivered', to: 'stalled' });
    // The same updates in a legal order are fine.
    expect(
      findHistoryProblems([
        { effectiveOn: '2023-06-01', status: 'stalled' },
        { effectiveOn: '2023-08-01', status: 'delivered' },
      ]),
    ).toEqual([]);
  });

  it('flags abandoned -> delivered but allows reviving abandoned to in_progress', () => {
    expect(
      findHistoryProblems([
        { effectiveOn: '2023-06-01', status: 'abandoned' },
        { effectiveOn: '2023-07-01', status: 'delivered' },
      ]),
    ).toMatchObject([{ index: 1, from: 'abandoned', to: 'delivered' }]);
    expect(
      findHistoryProblems([
        { effectiveOn: '2023-06-01', status: 'abandoned' },
        { effectiveOn: '2023-07-01', status: 'in_progress' },
        { effectiveOn: '2023-08-01', status: 'delivered' },
      ]),
    ).toEqual([]);
  });

  it('flags a move back to not_yet_rated', () => {
    expect(
      findHistoryProblems([
        { effectiveOn: '2023-06-01', status: 'in_progress' },
        { effectiveOn: '2023-07-01', status: 'not_yet_rated' },
      ]),
    ).toMatchObject([{ index: 1, from: 'in_progress', to: 'not_yet_rated' }]);
  });

  it('allows re-recording the same status, even a final one', () => {
    expect(
      findHistoryProblems([
        { effectiveOn: '2023-06-01', status: 'in_progress' },
        { effectiveOn: '2023-07-01', status: 'in_progress' },
        { effectiveOn: '2023-08-01', status: 'delivered' },
        { effectiveOn: '2023-09-01', status: 'delivered' },
      ]),
    ).toEqual([]);
    expect(findHistoryProblems([{ effectiveOn: '2023-06-01', status: 'not_yet_rated' }])).toEqual(
      [],
    );
  });

  it('reports every illegal move, each judged from the status before it', () => {
    const problems = findHistoryProblems([
      { effectiveOn: '2023-06-01', status: 'delivered' },
      { effectiveOn: '2023-07-01', status: 'stalled' },
      { effectiveOn: '2023-08-01', status: 'in_progress' },
      { effectiveOn: '2023-09-01', status: 'not_yet_rated' },
    ]);
    expect(problems.map((p) => [p.index, p.from, p.to])).toEqual([
      [1, 'delivered', 'stalled'],
      [3, 'in_progress', 'not_yet_rated'],
    ]);
  });
});
