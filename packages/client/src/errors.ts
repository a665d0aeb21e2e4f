import type { AppRouter } from './router';
import { TRPCClientError } from '@trpc/client';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** A field the server refused, e.g. `{ path: ['limit'], message: 'Too big: ...' }`. */
export interface FieldError {
  path: string[];
  message: string;
}

/**
 * The server's codes (`NOT_FOUND`, `BAD_REQUEST`, `TOO_MANY_REQUESTS`, ...) and
 * `NETWORK_ERROR` when no answer arrived at all (server down, DNS, timeout).
 */
export type AccordErrorCode = TRPC_ERROR_CODE_KEY | 'NETWORK_ERROR';

/** Every failed call rejects with one of these. */
export class AccordError extends Error {
  override readonly name = 'AccordError';
  readonly code: AccordErrorCode;
  /** The HTTP status of the answer; null when there was none (`NETWORK_ERROR`). */
  readonly httpStatus: number | null;
  /** Which inputs were refused, when the server says (`BAD_REQUEST`); otherwise null. */
  readonly fieldErrors: FieldError[] | null;
  /** The procedure, e.g. `commitment.bySlug`, when known. */
  readonly path: string | null;

  constructor(
    message: string,
    details: {
      code: AccordErrorCode;
      httpStatus: number | null;
      fieldErrors?: FieldError[] | null;
      path?: string | null;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.httpStatus = details.httpStatus;
    this.fieldErrors = details.fieldErrors ?? null;
    this.path = details.path ?? null;
  }
}

const CODE_BY_STATUS: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  499: 'CLIENT_CLOSED_REQUEST',
  500: 'INTERNAL_SERVER_ERROR',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** The code for an HTTP status that came without a tRPC error body (e.g. from a proxy). */
export function codeForStatus(status: number): TRPC_ERROR_CODE_KEY {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

/** Turns whatever a tRPC call rejected with into an AccordError. */
export function toAccordError(error: unknown): AccordError {
  if (error instanceof AccordError) return error;
  if (!(error instanceof TRPCClientError)) {
    return new AccordError(error instanceof Error ? error.message : String(error), {
      code: 'INTERNAL_SERVER_ERROR',
      httpStatus: null,
      cause: error,
    });
  }
  const clientError = error as TRPCClientError<AppRouter>;
  // Failures below tRPC (no answer, an answer that is not tRPC's) were already made
  // AccordErrors by the fetch layer; tRPC wraps them as the cause.
  if (clientError.cause instanceof AccordError) return clientError.cause;
  const data = clientError.data;
  if (data) {
    return new AccordError(clientError.message, {
      code: data.code,
      httpStatus: data.httpStatus,
      fieldErrors: data.fieldErrors,
      path: data.path ?? null,
      cause: error,
    });
  }
  const aborted = clientError.cause?.name === 'AbortError';
  return new AccordError(clientError.message, {
    code: aborted ? 'CLIENT_CLOSED_REQUEST' : 'INTERNAL_SERVER_ERROR',
    httpStatus: null,
    cause: error,
  });
}
