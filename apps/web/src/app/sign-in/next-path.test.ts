import { describe, expect, it } from 'vitest';
import { safeNext } from './next-path';

describe('safeNext', () => {
  it('returns to the admin page the visitor asked for', () => {
    expect(safeNext('/admin/commitments/4')).toBe('/admin/commitments/4');
    expect(safeNext('/admin?tab=drafts')).toBe('/admin?tab=drafts');
    expect(safeNext('/admin')).toBe('/admin');
  });

  it('never redirects off the admin area or off the site', () => {
    for (const bad of [
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '/administrator',
      '/',
      'javascript:alert(1)',
      null,
      42,
    ]) {
      expect(safeNext(bad)).toBe('/admin');
    }
  });
});
