import { createServer, type Server } from 'node:http';
import { defineSettings, type LoadOptions, wholeNumber } from '@accord/settings';
import { z } from 'zod';
import type { RequestHandler } from './front';

/**
 * How long the production server (apps/web/server.ts) waits for slow clients, and how many
 * it holds at once. Node's defaults let a client keep a socket for 60 s by sending its
 * headers a byte at a time (slowloris), check those deadlines only every 30 s, and accept any
 * number of sockets, so a few hundred idle connections cost memory and file descriptors until
 * the process runs out.
 */
export interface ServerLimits {
  /** From a request's first byte to the end of its headers; past it, 408 and the socket closes. */
  headersTimeoutMs: number;
  /** From a request's first byte to the end of its body (bodies are at most 1 MB by default). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive socket stays open between requests. */
  keepAliveTimeoutMs: number;
  /** How often Node looks for sockets past those deadlines. */
  checkIntervalMs: number;
  /** Sockets open at once; Node closes new ones beyond it until some close. */
  maxConnections: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  // Generous for a phone on a bad network, short enough that an idle socket soon goes.
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  // Far above what one process serves at once (the bench peaks at a few hundred), far below
  // a typical descriptor limit.
  maxConnections: 1024,
};

export const ServerSettings = z.object({
  /** Sockets the server holds at once (see ServerLimits.maxConnections). */
  ACCORD_MAX_CONNECTIONS: wholeNumber(16, 1_000_000, DEFAULT_SERVER_LIMITS.maxConnections),
  /**
   * How long an idle keep-alive socket stays open (ServerLimits.keepAliveTimeoutMs), 1 s to
   * 10 min. A proxy that keeps connections to the app must close them first: its idle
   * timeout below this (docs/deploy.md). A client that ignores `Keep-Alive: timeout` and
   * reuses a socket just as the server closes it gets ECONNRESET; the e2e suite's client
   * (Playwright's) does, so its server keeps sockets longer than any test.
   */
  ACCORD_KEEP_ALIVE_MS: wholeNumber(1_000, 600_000, DEFAULT_SERVER_LIMITS.keepAliveTimeoutMs),
});
export type ServerSettings = z.output<typeof ServerSettings>;
const readServerSettings = defineSettings('web server', ServerSettings);

/** The limits, with the socket count and keep-alive from the settings. */
export function serverLimits(settings: ServerSettings): ServerLimits {
  return {
    ...DEFAULT_SERVER_LIMITS,
    maxConnections: settings.ACCORD_MAX_CONNECTIONS,
    keepAliveTimeoutMs: settings.ACCORD_KEEP_ALIVE_MS,
  };
}

/**
 * The limits, with ACCORD_MAX_CONNECTIONS and ACCORD_KEEP_ALIVE_MS from the settings (the
 * environment over `.env`). Declared here rather than in src/server/env.ts because that
 * module is for Next's bundles only (`server-only`), and the front server is bundled without
 * them.
 */
export function readServerLimits(options: LoadOptions = {}): ServerLimits {
  return serverLimits(readServerSettings(options));
}

/** The production server's node:http server for `handler`, with the limits above. */
export function createFrontServer(
  handler: RequestHandler,
  limits: ServerLimits = readServerLimits(),
): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Only settable here: the default (30 s) would let a socket outlive its deadline by that.
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    handler,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  return server;
}
