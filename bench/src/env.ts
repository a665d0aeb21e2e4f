import { defineSettings, type LoadOptions, processEnv } from '@accord/settings';
import { z } from 'zod';

/** The bench's settings, read through @accord/settings (the environment, then `.env`). */
const BenchEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Loopback port of the app; the baseline and nginx use the next two. */
  BENCH_PORT: z.coerce.number().int().min(3500).max(65000).default(3500),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  /** Build folder of the benchmarked app, inside apps/web. */
  BENCH_NEXT_DIST_DIR: z
    .string()
    .regex(/^\.next-[a-z0-9-]+$/, 'BENCH_NEXT_DIST_DIR must look like .next-bench')
    .default('.next-bench'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Lighthouse runs per page; the median (by performance) is reported. */
  BENCH_LIGHTHOUSE_RUNS: z.coerce.number().int().min(1).max(9).default(1),
  /** When set, a folder where every full Lighthouse report (JSON) is kept. */
  BENCH_LIGHTHOUSE_REPORTS: z.string().optional(),
  NGINX_PATH: z.string().default('/usr/sbin/nginx'),
  /** The app's event-loop watchdog bound during a run (see app-server.ts): 2 minutes. */
  ACCORD_WATCHDOG_STALL_MS: z
    .string()
    .regex(/^\d+$/, 'ACCORD_WATCHDOG_STALL_MS is a number of milliseconds')
    .default('120000'),
  /** Set by CI: tools that are optional locally (nginx) must be there. */
  CI: z.string().optional(),
});
export type BenchEnv = z.infer<typeof BenchEnvSchema>;

const read = defineSettings('bench', BenchEnvSchema);

export function readBenchEnv(options: LoadOptions = {}): BenchEnv {
  return read(options);
}

/** The environment for a child process: this one's, with `overrides` (undefined removes). */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // Children inherit this process's environment (not `.env`: they read that themselves).
  const env = { ...processEnv() } as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
