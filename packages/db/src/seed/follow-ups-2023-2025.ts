import { type CommitmentInput, type MeetingInput } from '@accord/domain';
import { chipsFollowUps } from './follow-ups/chips';
import { type FollowUp } from './follow-ups/helpers';
import { hiroshimaAccounts, meetings as laterMeetings } from './follow-ups/meetings';
import { mineralsSubCommitments, mineralsUkraineFollowUps } from './follow-ups/minerals-ukraine';
import { securityFollowUps } from './follow-ups/security';
import { sources as dossierSources, unreliableSources } from './follow-ups/sources';

/**
 * What happened to the Hiroshima commitments between May 2023 and December 2025, from the
 * research dossier `shared/research/follow-ups-2023-2025.md`: its sources, the meetings before
 * and after, dated status updates, lineage, disputes, and each government's account of the
 * meeting. The 18 May 2023 records stay as they were on the day (hiroshima-2023.ts); this adds
 * to them. Notes are ours; quotes are the dossier's short exact phrases (checked by tests).
 */

export const meetings: MeetingInput[] = laterMeetings;
export const sources = [...dossierSources, ...unreliableSources];

export const followUps: Record<string, FollowUp> = {
  ...securityFollowUps,
  ...chipsFollowUps,
  ...mineralsUkraineFollowUps,
};

/** Commitments first made after Hiroshima (dated parts of the Hiroshima ones). */
export const commitments: CommitmentInput[] = mineralsSubCommitments;

const ACCOUNTS: Record<string, MeetingInput['accounts']> = {
  'kishida-biden-hiroshima-2023': hiroshimaAccounts,
};

/** A meeting of the 18 May dataset with each government's account of it, where we have one. */
export function withAccounts(meeting: MeetingInput): MeetingInput {
  const accounts = ACCOUNTS[meeting.slug];
  return accounts ? { ...meeting, accounts } : meeting;
}

/** A commitment of the 18 May dataset with what followed: its first entry stays first. */
export function withFollowUps(commitment: CommitmentInput): CommitmentInput {
  const more = followUps[commitment.slug];
  if (!more) return commitment;
  return {
    ...commitment,
    quotes: [...commitment.quotes, ...(more.quotes ?? [])],
    history: [...commitment.history, ...more.updates],
    lineage: more.lineage,
    disputes: more.disputes,
    reviewedOn: more.reviewedOn,
  };
}
