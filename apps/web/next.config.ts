import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NextConfig } from 'next';

const webDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(webDir, '..', '..');

// Pages load nothing from other hosts; the policy makes the browser enforce it. Next's
// inline bootstrap scripts need 'unsafe-inline' (nonces would force dynamic rendering and
// lose the prerendered cache); the dev server also needs 'unsafe-eval'.
const isDev = process.env.NODE_ENV !== 'production';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const config: NextConfig = {
  // The e2e run builds into its own folder so it never overwrites a build that is being served.
  distDir: process.env.ACCORD_NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Next's page cache, without the 404s of made-up paths that filled the disk (see the file).
  cacheHandler: join(webDir, 'isr-cache.mjs'),
  transpilePackages: [
    '@accord/api',
    '@accord/assistant',
    '@accord/auth',
    '@accord/db',
    '@accord/domain',
    '@accord/log',
  ],
  // PGlite loads its WASM and data files at run time; bundling it breaks them. pino and
  // prom-client are loaded from node_modules like the front server does (one copy each).
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'prom-client'],
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // cpus: the embedded database allows one process per data directory: prerender in one worker.
  // authInterrupts: admin-only pages answer editors with forbidden() (a real 403).
  // inlineCss: the stylesheet goes into the HTML as a <style> tag instead of a render-blocking
  // request, so the first paint needs one round trip, not two (the CSS is a few kB gzipped).
  experimental: { cpus: 1, authInterrupts: true, inlineCss: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default config;
