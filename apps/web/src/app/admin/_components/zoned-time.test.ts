import { describe, expect, it } from 'vitest';
import { formatInZone, isTimeZone, utcToWallTime, wallTimeToUtc, zoneChoices } from './zoned-time';

describe('wall-clock times in a time zone', () => {
  it('reads a Tokyo embargo time as the instant in UTC, and back', () => {
    expect(wallTimeToUtc('2026-12-05T09:00', 'Asia/Tokyo')).toEqual({
      ok: true,
      iso: '2026-12-05T00:00:00Z',
    });
    // Across midnight and a month end.
    expect(wallTimeToUtc('2027-01-01T03:30', 'Asia/Tokyo')).toEqual({
      ok: true,
      iso: '2026-12-31T18:30:00Z',
    });
    expect(utcToWallTime('2026-12-05T00:00:00Z', 'Asia/Tokyo')).toBe('2026-12-05T09:00');
    expect(utcToWallTime('2026-12-05T00:00:00Z', 'UTC')).toBe('2026-12-05T00:00');
  });

  it('follows daylight saving time: Washington is UTC-4 in summer and UTC-5 in winter', () => {
    expect(wallTimeToUtc('2026-07-01T09:00', 'America/New_York')).toEqual({
      ok: true,
      iso: '2026-07-01T13:00:00Z',
    });
    expect(wallTimeToUtc('2026-12-01T09:00', 'America/New_York')).toEqual({
      ok: true,
      iso: '2026-12-01T14:00:00Z',
    });
    expect(utcToWallTime('2026-07-01T13:00:00Z', 'America/New_York')).toBe('2026-07-01T09:00');
  });

  it('refuses a time that the clocks skip, and says so', () => {
    // 8 March 2026: New York goes from 02:00 EST straight to 03:00 EDT.
    const skipped = wallTimeToUtc('2026-03-08T02:30', 'America/New_York');
    expect(skipped).toEqual({
      ok: false,
      error: expect.stringContaining('does not exist in America/New_York') as string,
    });
    expect(wallTimeToUtc('2026-03-08T03:00', 'America/New_York')).toEqual({
      ok: true,
      iso: '2026-03-08T07:00:00Z',
    });
  });

  it('reads a time that happens twice (clocks go back) as the first of the two', () => {
    // 1 November 2026: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(wallTimeToUtc('2026-11-01T01:30', 'America/New_York')).toEqual({
      ok: true,
      iso: '2026-11-01T05:30:00Z',
    });
  });

  it('refuses what is not a date and time, or not a zone', () => {
    for (const bad of [
      '',
      '2026-12-05',
      '2026-12-05 09:00',
      '2026-02-30T09:00',
      '2026-12-05T24:00',
      '2026-12-05T09:60',
    ]) {
      expect(wallTimeToUtc(bad, 'UTC').ok, bad).toBe(false);
    }
    expect(wallTimeToUtc('2026-12-05T09:00', 'Mars/Olympus')).toEqual({
      ok: false,
      error: 'Unknown time zone: Mars/Olympus.',
    });
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('x'.repeat(100))).toBe(false);
  });

  it("names the zone in what it shows, and offers the admin's own zone first", () => {
    expect(formatInZone('2026-12-05T00:00:00Z', 'Asia/Tokyo')).toBe('5 December 2026, 09:00 GMT+9');
    expect(formatInZone('2026-12-05T00:00:00Z', 'UTC')).toBe('5 December 2026, 00:00 UTC');
    const choices = zoneChoices('Europe/Paris');
    expect(choices.slice(0, 3)).toEqual(['Europe/Paris', 'UTC', 'Asia/Tokyo']);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices).toContain('Australia/Sydney');
    expect(zoneChoices('Not/AZone')[0]).toBe('UTC');
  });
});
