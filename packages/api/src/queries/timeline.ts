import {
  type CommitmentStatus,
  emptyStatusCounts,
  STATUS_TIMELINE_POINTS,
  type StatusTimelinePoint,
} from '@accord/domain';
import { type Database } from '@accord/db';
import { sql } from 'drizzle-orm';

/** How the counts of one status moved on one day. */
export interface DayDelta {
  on: string;
  status: CommitmentStatus;
  delta: number;
}

/** Coarser and coarser ways to group days, tried in turn until the points fit. */
const BUCKETS: ((day: string) => string)[] = [
  (day) => day,
  (day) => day.slice(0, 7),
  (day) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3)}`,
  (day) => day.slice(0, 4),
];

/**
 * Status counts over time from the days they moved: one point per day a count changed and
 * one at `end`, oldest first. With more than `maxPoints` of them, only the last point of
 * each month is kept (then of each quarter, then year): each point is still exactly the
 * counts at the end of its day, and the last is always `end`.
 */
export function buildTimeline(
  deltas: readonly DayDelta[],
  end: string,
  maxPoints: number = STATUS_TIMELINE_POINTS,
): StatusTimelinePoint[] {
  const byDay = new Map<string, DayDelta[]>();
  for (const d of deltas) {
    if (d.on > end || d.delta === 0) continue;
    const list = byDay.get(d.on) ?? [];
    list.push(d);
    byDay.set(d.on, list);
  }
  const counts = emptyStatusCounts();
  const points: StatusTimelinePoint[] = [];
  for (const day of [...byDay.keys()].sort()) {
    let moved = false;
    for (const d of byDay.get(day)!) counts[d.status] += d.delta;
    for (const d of byDay.get(day)!) if (d.delta !== 0) moved = true;
    if (moved) points.push({ on: day, counts: { ...counts } });
  }
  if (points.at(-1)?.on !== end) points.push({ on: end, counts: { ...counts } });
  for (const bucketOf of BUCKETS) {
    const last = new Map<string, StatusTimelinePoint>();
    for (const point of points) last.set(bucketOf(point.on), point);
    if (last.size <= maxPoints) return [...last.values()];
  }
  return points.slice(-maxPoints);
}

/**
 * The days a theme's published commitments changed status, up to `end`: a commitment joins
 * (as not yet rated) the day its meeting began, and each overall update moves one count from
 * the status before it to its own. An update dated before the meeting counts from the
 * meeting's first day, as an as-of read would see it. One pass over the theme's updates.
 */
export async function themeStatusDeltas(
  db: Database,
  themeId: number,
  end: string,
): Promise<DayDelta[]> {
  const result = await db.execute<{ on: string; status: CommitmentStatus; delta: number }>(sql`
    with members as (
      select c.id, m.starts_on
      from commitments c join meetings m on m.id = c.meeting_id
      where c.theme_id = ${themeId} and c.editorial_state = 'published'
        and m.starts_on <= ${end}::date
    ),
    moves as (
      select greatest(su.effective_on, mb.starts_on) as day, su.status,
        lag(su.status, 1, 'not_yet_rated') over (
          partition by su.commitment_id order by su.effective_on, su.id
        ) as previous
      from status_updates su join members mb on mb.id = su.commitment_id
      where su.party_id is null and su.effective_on <= ${end}::date
    ),
    events as (
      select starts_on as day, 'not_yet_rated' as status, 1 as delta from members
      union all select day, status, 1 from moves where status <> previous
      union all select day, previous, -1 from moves where status <> previous
    )
    select to_char(day, 'YYYY-MM-DD') as "on", status, sum(delta)::int as delta
    from events group by day, status order by day, status`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    on: string;
    status: CommitmentStatus;
    delta: number;
  }[];
  return rows.map((r) => ({ on: r.on, status: r.status, delta: Number(r.delta) }));
}
