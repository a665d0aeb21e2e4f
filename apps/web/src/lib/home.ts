/**
 * The meeting the record is about: the one with the most commitments. Later meetings that
 * restated them, or set a dated sub-commitment, are newer but are not what readers came for.
 */
export function mainMeeting<M extends { commitmentCount: number }>(
  meetings: readonly M[],
): M | undefined {
  return meetings.reduce<M | undefined>(
    (best, m) => (best === undefined || m.commitmentCount > best.commitmentCount ? m : best),
    undefined,
  );
}
