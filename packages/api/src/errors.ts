import { isDatabaseUnavailable } from '@accord/db';
import { type ConflictDetail } from '@accord/domain';
import { TRPCError } from '@trpc/server';

export interface FieldProblem {
  path: string[];
  message: string;
}

/** Input that is well-formed but wrong (an unknown reference, a taken slug): a 400 with fields. */
export class InputProblem extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(
      problems
        .map((p) => (p.path.length ? `${p.path.join('.')}: ${p.message}` : p.message))
        .join('; '),
    );
    this.name = 'InputProblem';
  }
}

export function badInput(problems: FieldProblem[]): TRPCError {
  const cause = new InputProblem(problems);
  return new TRPCError({ code: 'BAD_REQUEST', message: `Invalid input: ${cause.message}`, cause });
}

/** Someone saved the record after the version this save was based on. */
export class ConflictProblem extends Error {
  constructor(readonly detail: ConflictDetail) {
    super('conflict');
    this.name = 'ConflictProblem';
  }
}

export function conflict(detail: ConflictDetail): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `${detail.changedBy} saved a newer version (${detail.currentVersion}) since you opened this. Your changes are not saved yet.`,
    cause: new ConflictProblem(detail),
  });
}

/** The database error drizzle wrapped in `cause`: its SQLSTATE code and constraint name. */
function pgError(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { code, constraint, constraint_name } = e as Record<string, unknown>;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      // PGlite names it `constraint`, postgres.js `constraint_name`.
      const name = constraint ?? constraint_name;
      return { code, constraint: typeof name === 'string' ? name : undefined };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A database error code (drizzle wraps the driver's error in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  return pgError(error)?.code;
}

/** The constraint a database error names, e.g. "commitments_slug_unique". */
export function pgConstraint(error: unknown): string | undefined {
  return pgError(error)?.constraint;
}

/** What a caller is told while the database cannot be reached: no internals, a retry hint. */
export const UNAVAILABLE_MESSAGE =
  'The service cannot reach its database right now. Please retry in a few seconds.';

/** Seconds a client should wait before retrying after a 503. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The SERVICE_UNAVAILABLE error (HTTP 503) for a failure caused by the database being down
 * or unreachable, or null for any other failure. The one place tRPC, REST and the session
 * lookup decide it, so every path answers an outage the same way.
 */
export function asServiceUnavailable(error: unknown): TRPCError | null {
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return error;
  return isDatabaseUnavailable(error) ? databaseUnavailable(error) : null;
}

/** SERVICE_UNAVAILABLE for `cause`, whatever it is (e.g. the database could not be opened). */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE, cause });
}
