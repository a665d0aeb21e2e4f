import { type IsoDate } from './dates';
import { canMoveStatus, type CommitmentStatus, INITIAL_STATUS } from './status';

/** The minimum a status update needs for the history rules. */
export interface DatedStatus {
  effectiveOn: IsoDate;
  status: CommitmentStatus;
  /** Breaks ties between updates on the same day: the later record wins. */
  recordedAt?: Date | string;
}

function recordedMs(u: DatedStatus): number {
  return u.recordedAt === undefined ? 0 : new Date(u.recordedAt).getTime();
}

/** Updates in the order they took effect (same-day updates in recording order). */
export function sortHistory<T extends DatedStatus>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) =>
    a.effectiveOn === b.effectiveOn
      ? recordedMs(a) - recordedMs(b)
      : a.effectiveOn < b.effectiveOn
        ? -1
        : 1,
  );
}

/**
 * A commitment's status on a given date, derived from its updates: the last update that
 * had taken effect by the end of that day. Before its first update it is not yet rated.
 */
export function statusAsOf(updates: readonly DatedStatus[], asOf: IsoDate): CommitmentStatus {
  let status = INITIAL_STATUS;
  for (const update of sortHistory(updates)) {
    if (update.effectiveOn > asOf) break;
    status = update.status;
  }
  return status;
}

/** The current status: every update counted, whatever its date. */
export function currentStatus(updates: readonly DatedStatus[]): CommitmentStatus {
  const sorted = sortHistory(updates);
  return sorted.at(-1)?.status ?? INITIAL_STATUS;
}

export interface HistoryProblem {
  index: number;
  from: CommitmentStatus;
  to: CommitmentStatus;
  message: string;
}

/**
 * Checks that each update is an allowed move from the status before it. Recording the
 * same status again (a new source confirming it) is allowed. With `today`, an update dated
 * after it is a problem too: an update records something that has happened, and the
 * stored current status must not show readers a future that has not arrived.
 */
export function findHistoryProblems(
  updates: readonly DatedStatus[],
  today?: IsoDate,
): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  let from = INITIAL_STATUS;
  sortHistory(updates).forEach((update, index) => {
    if (today !== undefined && update.effectiveOn > today) {
      problems.push({
        index,
        from,
        to: update.status,
        message: `A status update cannot be dated in the future (${update.effectiveOn} is after ${today}).`,
      });
    }
    if (update.status !== from && !canMoveStatus(from, update.status)) {
      problems.push({
        index,
        from,
        to: update.status,
        message: `A commitment cannot move from "${from}" to "${update.status}" (update of ${update.effectiveOn}).`,
      });
    }
    from = update.status;
  });
  return problems;
}
