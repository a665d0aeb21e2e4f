import { type Database } from '@accord/db';
import { type RecordData, type RecordType } from '@accord/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { decodeWireInput, encodeWireInput, WireInputError } from '@accord/domain/wire';
import superjson from 'superjson';
import { type OpenApiMeta } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import { asServiceUnavailable, badInput, ConflictProblem, InputProblem } from './errors';
import { isAllowed } from './policy';
import { findUnstorableText } from './storable-text';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: 'editor' | 'admin';
}

export interface Context {
  db: Database;
  /** The signed-in user, or null for readers. */
  viewer: Viewer | null;
  /**
   * Called after writes that readers can see have committed, with each record before and
   * after, so the web app can refresh the cached public pages that show them. The answer
   * waits for it (a reader who follows the answer sees the change). A no-op elsewhere.
   * One call per request: a single save passes its one change, a bulk action the changes of
   * every record it wrote, so a page that shows several of them is refreshed once.
   */
  onPublicChange: (changes: readonly PublicChange[]) => void | Promise<void>;
}

/** A committed change readers can see: the record's data before (null: created) and after (null: deleted). */
export type PublicChange = {
  [T in RecordType]: { type: T; before: RecordData[T] | null; after: RecordData[T] | null };
}[RecordType];

export function createContext(opts: {
  db: Database;
  viewer?: Viewer | null;
  onPublicChange?: Context['onPublicChange'];
}): Context {
  return { db: opts.db, viewer: opts.viewer ?? null, onPublicChange: opts.onPublicChange ?? noop };
}

function noop(): void {}

/** "limit: Too big: expected number to be <=100; cursor: The cursor is malformed" */
function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Inputs arrive as superjson envelopes, restricted to plain trees and dates within size and
 * depth bounds (@accord/domain/wire): reference metadata, which could build a cyclic or
 * exponentially shared graph from one small request, is a 400 before anything walks it.
 */
const transformer = {
  input: {
    serialize: encodeWireInput,
    deserialize(payload: unknown): unknown {
      try {
        return decodeWireInput(payload);
      } catch (error) {
        if (error instanceof WireInputError) throw badInput([{ path: [], message: error.message }]);
        throw error;
      }
    },
  },
  output: superjson,
};

// OpenApiMeta: public procedures also declare their REST route (see src/rest).
const withMeta = initTRPC.context<Context>().meta<OpenApiMeta>();
const t = withMeta.create({
  // Dates (and other non-JSON values) reach typed clients as themselves; plain HTTP
  // callers wrap input as {"json": ...} and read result.data.json (see e2e/fixtures/trpc.ts).
  transformer,
  errorFormatter({ shape, error }) {
    const zodError =
      error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Unexpected failures (a database error, an output that fails its schema) reach the
      // client without their internals; the server logs them through onError.
      message: zodError
        ? `Invalid input: ${describeZodError(zodError)}`
        : error.code === 'INTERNAL_SERVER_ERROR'
          ? 'Something went wrong on our side. Please try again later.'
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        // Field-level detail for forms and API clients; never a stack trace.
        fieldErrors: zodError
          ? zodError.issues.map((issue) => ({
              path: issue.path.map(String),
              message: issue.message,
            }))
          : error.cause instanceof InputProblem
            ? error.cause.problems
            : null,
        // On a 409: the version someone else saved, so the editor can compare and keep theirs.
        conflict: error.cause instanceof ConflictProblem ? error.cause.detail : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A procedure that failed because the database is down or unreachable answers
 * SERVICE_UNAVAILABLE (503) rather than a 500: the same call may succeed in a few seconds.
 */
const mapDatabaseOutage = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const unavailable = asServiceUnavailable(result.error);
    if (unavailable && unavailable !== result.error) throw unavailable;
  }
  return result;
});

/** Every procedure goes through the policy table; a procedure without an entry is denied. */
const enforcePolicy = t.middleware(({ ctx, path, next }) => {
  if (!isAllowed(path, ctx.viewer?.role ?? null)) {
    throw new TRPCError({
      code: ctx.viewer ? 'FORBIDDEN' : 'UNAUTHORIZED',
      message: ctx.viewer ? 'You are not allowed to do this.' : 'Sign in to do this.',
    });
  }
  return next();
});

/**
 * Text the database cannot store (a NUL character, a broken surrogate) is the caller's
 * mistake: a 400 naming the field here, for every procedure and field at once, rather than
 * a database error (a 500) wherever it reaches a column.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const problems = findUnstorableText(await getRawInput());
  if (problems.length > 0) throw badInput(problems);
  return next();
});

export const procedure = t.procedure
  .use(mapDatabaseOutage)
  .use(enforcePolicy)
  .use(refuseUnstorableText);
