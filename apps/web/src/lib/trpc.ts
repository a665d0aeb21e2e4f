import { type AppRouter } from '@accord/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { wireTransformer } from '@accord/domain/wire';

/** The typed API client for client components (admin forms). Same procedures, over HTTP. */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/api/trpc', maxItems: 10, transformer: wireTransformer })],
});

export interface FieldError {
  path: string[];
  message: string;
}

export interface ConflictInfo {
  currentVersion: number;
  current: Record<string, unknown>;
  changedBy: string;
  changedAt: string;
}

export interface ApiProblem {
  code: string;
  message: string;
  /** Messages by dotted field path ("quotes.0.text"), for showing beside the field. */
  fields: Record<string, string>;
  conflict: ConflictInfo | null;
}

/** What a form says when a save got a 503: the database is away, the input is kept. */
export const UNAVAILABLE_PROBLEM =
  'The database is unavailable right now. Your changes are still here: save again in a minute.';

/** What went wrong with a call, in a form the UI can show. */
export function describeProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      | { code?: string; fieldErrors?: FieldError[] | null; conflict?: ConflictInfo | null }
      | undefined;
    const fields: Record<string, string> = {};
    for (const f of data?.fieldErrors ?? []) {
      const key = f.path.join('.');
      fields[key] ??= f.message;
    }
    const code = data?.code ?? 'ERROR';
    return {
      code,
      // The database is away (503): say that the input is safe, as for a network failure.
      message: code === 'SERVICE_UNAVAILABLE' ? UNAVAILABLE_PROBLEM : error.message,
      fields,
      conflict: data?.conflict ?? null,
    };
  }
  return {
    code: 'NETWORK',
    message: 'Could not reach the server. Your changes are still here; try again.',
    fields: {},
    conflict: null,
  };
}
