import { log } from '@accord/log';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { longestSegmentBytes, MAX_SEGMENT_BYTES, proxy } from './proxy';

function request(path: string): NextRequest {
  return new NextRequest(new URL(path, 'http://127.0.0.1:3000'));
}

afterEach(() => vi.restoreAllMocks());

describe('longestSegmentBytes', () => {
  it('counts bytes, not characters', () => {
    expect(longestSegmentBytes('/themes/chips')).toBe(6);
    expect(longestSegmentBytes(`/themes/${'あ'.repeat(100)}`)).toBe(300);
  });
});

describe('proxy', () => {
  it('answers a path segment over 255 bytes with a small 404, logged once and truncated', async () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => {});
    const paths = [
      `/themes/${'a'.repeat(MAX_SEGMENT_BYTES + 1)}`,
      `/commitments/${'%E3%81%82'.repeat(100)}`,
      `/api/v1/commitments/${'b'.repeat(300)}`,
      `/${'c'.repeat(5000)}/more`,
    ];
    for (const path of paths) {
      const res = proxy(request(path));
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect((await res.text()).length).toBeLessThan(300);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line.length).toBeLessThan(200);
    expect(line).toContain('256-byte segment');
  });

  it('lets a segment of 255 bytes through', () => {
    const res = proxy(request(`/themes/${'a'.repeat(MAX_SEGMENT_BYTES)}`));
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });

  it('still answers malformed percent-encoding with a 400', () => {
    expect(proxy(request('/themes/%ff')).status).toBe(400);
  });
});
