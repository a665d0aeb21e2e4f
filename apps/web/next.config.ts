import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NextConfig } from 'next';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const config: NextConfig = {
  // The e2e run builds into its own folder so it never overwrites a build that is being served.
  distDir: process.env.ACCORD_NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@accord/api', '@accord/db', '@accord/domain'],
  // PGlite loads its WASM and data files at run time; bundling it breaks them.
  serverExternalPackages: ['@electric-sql/pglite'],
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // The embedded database allows one process per data directory: prerender pages in one worker.
  experimental: { cpus: 1 },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default config;
