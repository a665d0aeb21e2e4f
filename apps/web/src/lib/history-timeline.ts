import {
  type CommitmentStatus,
  deadlineOf,
  formatTargetDate,
  INITIAL_STATUS,
  type IsoDate,
  type Locale,
  STATUS_DEFINITIONS,
  type TargetDate,
} from '@accord/domain';
import { translations } from '~/i18n';
import { capitalise, ownerOf } from './accounts';
import {
  type AxisTick,
  maxDate,
  minDate,
  round,
  textWidth,
  timeScale,
  yearTicks,
} from './chart-scale';
import { formatDate } from './format';

/**
 * A commitment's history as a small chart: one lane for the overall status and one per party
 * with a track of its own, each coloured by status from the day it took effect; vertical
 * markers for the meeting, the target and today (or the day the page is read as of). Pure
 * numbers and words: the component draws them as SVG on the server, and `events` is the same
 * chart in words for readers who do not see it.
 */

export interface TimelineUpdate {
  on: IsoDate;
  status: CommitmentStatus;
  /** The party this update assesses; null for the overall status. */
  party: { slug: string; name: string; shortName: string } | null;
}

export interface TimelineInput {
  meeting: { title: string; on: IsoDate };
  updates: readonly TimelineUpdate[];
  target: TargetDate | null;
  /** The end of the chart: today, or the day the page is read as of. */
  now: IsoDate;
  /** Whether `now` is a day the reader chose rather than today. */
  asOf: boolean;
  /** The language of the labels and the words; English unless given. */
  locale?: Locale;
}

export interface TimelineSegment {
  x1: number;
  x2: number;
  status: CommitmentStatus;
}

export interface TimelineLane {
  key: string;
  label: string;
  y: number;
  segments: TimelineSegment[];
  dots: { x: number; status: CommitmentStatus; on: IsoDate }[];
}

export type TimelineEventKind = 'meeting' | 'update' | 'target' | 'now';

export interface TimelineMarker {
  kind: Exclude<TimelineEventKind, 'update'>;
  x: number;
  label: string;
  /** Which row of labels above the lanes it sits in, so close markers do not overlap. */
  row: number;
  anchor: 'start' | 'end';
  /** The label's baseline, and where the line starts below it. */
  labelY: number;
  lineTop: number;
}

export interface TimelineEvent {
  on: IsoDate;
  kind: TimelineEventKind;
  text: string;
}

export interface TimelineModel {
  width: number;
  height: number;
  from: IsoDate;
  to: IsoDate;
  plot: { left: number; right: number; top: number; bottom: number };
  laneHeight: number;
  lanes: TimelineLane[];
  markers: TimelineMarker[];
  ticks: AxisTick[];
  /** The chart in words, in date order. */
  events: TimelineEvent[];
}

const WIDTH = 640;
const LEFT = 116;
const RIGHT = WIDTH - 12;
const LABEL_ROW = 14;
const LANE = 18;
const LANE_GAP = 10;
const AXIS = 26;
type MarkerDef = Pick<TimelineMarker, 'kind' | 'x' | 'label'>;
const KIND_ORDER: Record<TimelineEventKind, number> = { meeting: 0, update: 1, target: 2, now: 3 };

/** The day a target is drawn at: its deadline, or its first day when it cannot be missed. */
function targetDay(target: TargetDate): IsoDate {
  return deadlineOf(target) ?? target.date;
}

export function buildHistoryTimeline(input: TimelineInput): TimelineModel {
  const updates = input.updates
    .filter((u) => u.on <= input.now)
    .toSorted((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const targetOn = input.target ? targetDay(input.target) : null;
  const dates = [input.meeting.on, input.now, ...updates.map((u) => u.on)];
  if (targetOn) dates.push(targetOn);
  const from = minDate(dates);
  const to = maxDate(dates);
  const x = timeScale(from, to, LEFT, RIGHT);
  const locale = input.locale ?? 'en';
  const t = translations(locale, 'timeline');
  const date = (day: IsoDate) => formatDate(day, locale);

  const markerDefs: MarkerDef[] = [
    { kind: 'meeting', x: x(input.meeting.on), label: t('meeting') },
  ];
  if (input.target && targetOn)
    markerDefs.push({ kind: 'target', x: x(targetOn), label: t('target') });
  markerDefs.push({
    kind: 'now',
    x: x(input.now),
    label: input.asOf ? t('asOf', { date: date(input.now) }) : t('today'),
  });
  const markers = placeMarkers(markerDefs);
  const rows = Math.max(...markers.map((m) => m.row)) + 1;
  const top = rows * LABEL_ROW + 8;

  // The overall lane starts at the meeting, not yet rated; a party's lane at its first update.
  const laneDefs: {
    key: string;
    label: string;
    start: IsoDate;
    initial: CommitmentStatus | null;
  }[] = [{ key: 'overall', label: t('overall'), start: input.meeting.on, initial: INITIAL_STATUS }];
  for (const u of updates) {
    if (u.party && !laneDefs.some((l) => l.key === u.party?.slug)) {
      laneDefs.push({ key: u.party.slug, label: u.party.shortName, start: u.on, initial: null });
    }
  }
  const lanes = laneDefs.map((def, i): TimelineLane => {
    const own = updates.filter((u) => (u.party?.slug ?? 'overall') === def.key);
    const changes: { on: IsoDate; status: CommitmentStatus }[] = [];
    if (def.initial) changes.push({ on: def.start, status: def.initial });
    for (const u of own) {
      // A later update the same day replaces the earlier one.
      if (changes.at(-1)?.on === u.on) changes.pop();
      changes.push({ on: u.on, status: u.status });
    }
    const segments = changes.map((c, j) => ({
      x1: x(c.on),
      x2: x(changes[j + 1]?.on ?? input.now),
      status: c.status,
    }));
    return {
      key: def.key,
      label: def.label,
      y: top + i * (LANE + LANE_GAP),
      segments,
      dots: own.map((u) => ({ x: x(u.on), status: u.status, on: u.on })),
    };
  });

  const bottom = top + lanes.length * (LANE + LANE_GAP) - LANE_GAP;
  // A later update that keeps the status confirms it: "still in progress", not "rated" again.
  const lastStatus = new Map<string, CommitmentStatus>([['overall', INITIAL_STATUS]]);
  const describeUpdate = (u: TimelineUpdate): string => {
    const lane = u.party?.slug ?? 'overall';
    const status =
      locale === 'en'
        ? STATUS_DEFINITIONS[u.status].label.toLowerCase()
        : translations(locale, 'status')(u.status);
    // "Not yet rated" reads as its own sentence; the others need a verb.
    const verb =
      u.status === INITIAL_STATUS ? 'plain' : lastStatus.get(lane) === u.status ? 'still' : 'rated';
    lastStatus.set(lane, u.status);
    const text = u.party
      ? t(`party${capitalise(verb)}` as 'partyPlain', {
          owner: ownerOf(u.party.name, locale),
          status,
        })
      : t(verb, { status });
    return capitalise(text);
  };
  const events: TimelineEvent[] = [
    { on: input.meeting.on, kind: 'meeting', text: t('madeAt', { meeting: input.meeting.title }) },
    ...updates.map((u) => ({ on: u.on, kind: 'update' as const, text: describeUpdate(u) })),
  ];
  if (input.target && targetOn) {
    events.push({
      on: targetOn,
      kind: 'target',
      text: t('targetDate', { target: formatTargetDate(input.target, locale) }),
    });
  }
  events.push({
    on: input.now,
    kind: 'now',
    text: input.asOf ? t('asOfDay') : t('today'),
  });
  events.sort((a, b) =>
    a.on === b.on ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a.on < b.on ? -1 : 1,
  );

  return {
    width: WIDTH,
    height: bottom + AXIS,
    from,
    to,
    plot: { left: LEFT, right: RIGHT, top, bottom },
    laneHeight: LANE,
    lanes,
    markers,
    ticks: yearTicks(from, to, x, {
      left: LEFT,
      right: RIGHT,
      leftLabel: date(from),
      rightLabel: date(to),
    }),
    events,
  };
}

/**
 * Puts each marker's label in the first row where it does not run into the label before it,
 * written rightwards from its line, or leftwards near the right edge.
 */
function placeMarkers(defs: MarkerDef[]): TimelineMarker[] {
  const rowEnds: number[] = [];
  return defs
    .toSorted((a, b) => a.x - b.x)
    .map((def) => {
      const width = textWidth(def.label) + 6;
      const anchor = def.x + width > RIGHT + 8 ? 'end' : 'start';
      const from = anchor === 'start' ? def.x : def.x - width;
      let row = rowEnds.findIndex((end) => end <= from);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = round(from + width);
      return { ...def, row, anchor, labelY: row * LABEL_ROW + 11, lineTop: row * LABEL_ROW + 14 };
    });
}
