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
