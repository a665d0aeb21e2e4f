import { describe, expect, it } from 'vitest';
import { safeNext } from './next-path';

describe('safeNext', () => {
  it('returns to the admin page the visitor asked for', () => {
    expect(safeNext('/admin/commitments/4')).toBe('/admin/commitments/4');
    expect(safeNext('/admin?tab=drafts')).toBe('/admin?tab=drafts');
    expect(safeNext('/admin/commitments?q=chips#history')).toBe(
      '/admin/commitments?q=chips#history',
    );
    expect(safeNext('/admin')).toBe('/admin');
    expect(safeNext('/admin/')).toBe('/admin/');
  });

  it('returns the path as a browser resolves it, and only when it stays in /admin', () => {
    expect(safeNext('/admin/themes/../commitments')).toBe('/admin/commitments');
    expect(safeNext('/admin/./commitments')).toBe('/admin/commitments');
    expect(safeNext('/admin/../sign-in')).toBe('/admin');
  });

  it('never redirects off the admin area or off the site', () => {
    for (const bad of [
      // The probe's finding: after sign-in the browser went to http://evil.example/phish.
      '/admin/..//evil.example/phish',
      '/admin/../..//evil.example',
      '/admin/../../evil.example',
      '/admin/%2e%2e//evil.example',
      '/admin/%2E%2E/%2F%2Fevil.example',
      '/admin/..%2f%2fevil.example',
      '/admin/%5c%5cevil.example',
      '/admin//evil.example',
      '/admin/\\evil.example',
      '/admin\\..\\..\\evil.example',
      'https://evil.example/admin',
      'http:/admin',
      '//evil.example/admin',
      '///evil.example/admin',
      '/\\evil.example',
      '\\/evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/admin/..\t//evil.example',
      '/admin/..\n//evil.example',
      '/admin/..\r\n//evil.example',
      '/admin/\u0000/x',
      '/admin/\u00a0/x',
      ' /admin',
      '/admin@evil.example',
      '/admin.evil.example',
      '/administrator',
      '/',
      '',
      'admin',
      'javascript:alert(1)',
      '/admin/' + 'a'.repeat(5000),
      '/admin?x=' + '%41'.repeat(100_000),
      null,
      undefined,
      42,
      ['/admin'],
    ]) {
      expect(safeNext(bad), JSON.stringify(bad)).toBe('/admin');
    }
  });

  it('never returns something a browser would read as another host', () => {
    const samples = ['/admin/..//a', '/admin/x/../..//b', '/admin/%2e%2e//c', '/admin/;/..//d'];
    for (const sample of samples) {
      const target = safeNext(sample);
      expect(new URL(target, 'https://accord.example.org').host).toBe('accord.example.org');
      expect(target.startsWith('/admin')).toBe(true);
    }
  });
});
