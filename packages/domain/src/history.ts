import { type IsoDate } from './dates';
import { canMoveStatus, type CommitmentStatus, INITIAL_STATUS } from './status';

/** The minimum a status update needs for the history rules. */
export interface DatedStatus {
  effectiveOn: IsoDate;
  status: CommitmentStatus;
  /** Breaks ties between updates on the same day: the later record wins. */
  recordedAt?: Date | string;
  /** The party a per-party update assesses; absent or null for the overall status. */
  party?: string | null;
}

/** Whether an update rates the commitment as a whole (not one party's part of it). */
export function isOverall(update: DatedStatus): boolean {
  return update.party === undefined || update.party === null;
}

/** The overall updates only: the editorial call that sets a commitment's status. */
export function overallHistory<T extends DatedStatus>(updates: readonly T[]): T[] {
  return updates.filter(isOverall);
}

/**
 * Per-party tracks: for each party some update assesses, its updates in order. Parties appear
 * in the order their first update took effect.
 */
export function partyTracks<T extends DatedStatus>(
  updates: readonly T[],
): { party: string; updates: T[] }[] {
  const tracks = new Map<string, T[]>();
  for (const update of sortHistory(updates)) {
    if (isOverall(update)) continue;
    const party = update.party as string;
    const track = tracks.get(party) ?? [];
    track.push(update);
    tracks.set(party, track);
  }
  return [...tracks].map(([party, list]) => ({ party, updates: list }));
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
  for (const update of sortHistory(overallHistory(updates))) {
    if (update.effectiveOn > asOf) break;
    status = update.status;
  }
  return status;
}

/** The current status: every update counted, whatever its date. */
export function currentStatus(updates: readonly DatedStatus[]): CommitmentStatus {
  const sorted = sortHistory(overallHistory(updates));
  return sorted.at(-1)?.status ?? INITIAL_STATUS;
}

/**
 * The day the status in force on `asOf` (default: every update) took effect: the first of the
 * last run of updates with that status. Null while not yet rated by any update. Readers see
 * "Delivered, 21 May 2023" rather than a bare badge.
 */
export function statusSince(updates: readonly DatedStatus[], asOf?: IsoDate): IsoDate | null {
  const sorted = sortHistory(overallHistory(updates)).filter(
    (u) => asOf === undefined || u.effectiveOn <= asOf,
  );
  const last = sorted.at(-1);
  if (!last) return null;
  let since = last.effectiveOn;
  for (let i = sorted.length - 1; i >= 0 && sorted[i]!.status === last.status; i--) {
    since = sorted[i]!.effectiveOn;
  }
  return since;
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
  // Each party's track and the overall track follow the move rules on their own.
  const from = new Map<string | null, CommitmentStatus>();
  sortHistory(updates).forEach((update, index) => {
    const track = isOverall(update) ? null : (update.party as string);
    const previous = from.get(track) ?? INITIAL_STATUS;
    if (today !== undefined && update.effectiveOn > today) {
      problems.push({
        index,
        from: previous,
        to: update.status,
        message: `A status update cannot be dated in the future (${update.effectiveOn} is after ${today}).`,
      });
    }
    if (update.status !== previous && !canMoveStatus(previous, update.status)) {
      const whose = track === null ? 'A commitment' : `The ${track} track`;
      problems.push({
        index,
        from: previous,
        to: update.status,
        message: `${whose} cannot move from "${previous}" to "${update.status}" (update of ${update.effectiveOn}).`,
      });
    }
    from.set(track, update.status);
  });
  return problems;
}
