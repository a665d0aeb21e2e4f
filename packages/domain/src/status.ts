import { z } from 'zod';
import { type Locale } from './locale';

/**
 * Delivery status of a commitment. The vocabulary follows the best-known trackers
 * (PolitiFact's promise meters, the G7 Research Group's compliance scores): a status is
 * a judgement an editor records with a dated, sourced update, never a computed score.
 */
export const COMMITMENT_STATUSES = [
  'not_yet_rated',
  'in_progress',
  'partially_delivered',
  'delivered',
  'stalled',
  'abandoned',
] as const;

export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export interface StatusDefinition {
  label: string;
  /** Shown to readers on the methodology page and next to every status badge. */
  definition: string;
  /** A status from which no further delivery is expected. */
  final: boolean;
}

export const STATUS_DEFINITIONS: Record<CommitmentStatus, StatusDefinition> = {
  not_yet_rated: {
    label: 'Not yet rated',
    definition:
      'The commitment has been recorded, but we have not yet found enough evidence to judge whether work on it has begun.',
    final: false,
  },
  in_progress: {
    label: 'In progress',
    definition:
      'There is sourced evidence of concrete steps towards the commitment (funding, legislation, agreements, construction, meetings held), but it is not yet met.',
    final: false,
  },
  partially_delivered: {
    label: 'Partially delivered',
    definition:
      'Part of what was promised has been done, but a substantial part has not, or it was done in a weaker form than promised.',
    final: false,
  },
  delivered: {
    label: 'Delivered',
    definition:
      'What was promised has been done, in the form and substantially on the terms promised.',
    final: true,
  },
  stalled: {
    label: 'Stalled',
    definition:
      'Work began or was scheduled but has stopped, or a deadline has passed with no sign of movement. It may still resume.',
    final: false,
  },
  abandoned: {
    label: 'Abandoned',
    definition:
      'A party has withdrawn the commitment, or events have made it impossible to deliver as promised.',
    final: true,
  },
};

/**
 * The status names readers see, per language: the site's pages (apps/web i18n messages) and
 * the feeds (packages/api rest/feeds.ts) both read them here, so a status has one name in each.
 */
export const STATUS_LABELS: Record<Locale, Record<CommitmentStatus, string>> = {
  en: {
    not_yet_rated: STATUS_DEFINITIONS.not_yet_rated.label,
    in_progress: STATUS_DEFINITIONS.in_progress.label,
    partially_delivered: STATUS_DEFINITIONS.partially_delivered.label,
    delivered: STATUS_DEFINITIONS.delivered.label,
    stalled: STATUS_DEFINITIONS.stalled.label,
    abandoned: STATUS_DEFINITIONS.abandoned.label,
  },
  ja: {
    not_yet_rated: '未評価',
    in_progress: '進行中',
    partially_delivered: '一部実現',
    delivered: '実現',
    stalled: '停滞',
    abandoned: '断念',
  },
};

/**
 * Allowed moves between statuses. A move to the same status is not a move.
 * `delivered` is final: correcting a wrong rating is an edit of the update, not a new move.
 * `abandoned` may be revived when a party takes the commitment up again.
 */
const ALLOWED_MOVES: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  not_yet_rated: ['in_progress', 'partially_delivered', 'delivered', 'stalled', 'abandoned'],
  in_progress: ['partially_delivered', 'delivered', 'stalled', 'abandoned'],
  partially_delivered: ['in_progress', 'delivered', 'stalled', 'abandoned'],
  stalled: ['in_progress', 'partially_delivered', 'delivered', 'abandoned'],
  abandoned: ['in_progress'],
  delivered: [],
};

export function allowedStatusMoves(from: CommitmentStatus): readonly CommitmentStatus[] {
  return ALLOWED_MOVES[from];
}

export function canMoveStatus(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

export const INITIAL_STATUS: CommitmentStatus = 'not_yet_rated';
