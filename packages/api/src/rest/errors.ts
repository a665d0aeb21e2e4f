import { z } from 'zod';

/**
 * The one error shape of every plain-HTTP endpoint (REST, feeds, exports and the limits in
 * front of them). Documented in the OpenAPI document and on the /developers page.
 */
export const ApiError = z.object({
  error: z.object({
    /** A tRPC-style code that names the kind of error, e.g. NOT_FOUND. */
    code: z.string(),
    /** The HTTP status, repeated for clients that only keep the body. */
    status: z.number().int(),
    message: z.string(),
    /** For 400s caused by input: which field was wrong and why. Null otherwise. */
    fieldErrors: z.array(z.object({ path: z.array(z.string()), message: z.string() })).nullable(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
export type FieldError = { path: string[]; message: string };

export const ERROR_CODES = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorStatus = keyof typeof ERROR_CODES;

/** What each documented status means, for the OpenAPI document and the reference page. */
export const ERROR_MEANINGS: Partial<Record<ErrorStatus, string>> = {
  400: 'The input is invalid: `fieldErrors` names each wrong field (query or path parameter).',
  404: 'No such record (the message names the slug), or no such endpoint.',
  405: 'The endpoint exists but not for this method: the API is read-only (GET and HEAD).',
  409: 'The record changed since you read it (editor writes with a stale version).',
  413: 'The request body is larger than the server accepts.',
  415: 'The request body is not JSON.',
  429: 'Too many requests from your client: wait the seconds in `Retry-After`, then retry.',
  500: 'An unexpected error on our side; the message never includes internals.',
  503: 'The service cannot reach its database right now: retry after `Retry-After` seconds.',
};

export function apiErrorBody(
  status: ErrorStatus,
  message: string,
  fieldErrors: FieldError[] | null = null,
): ApiError {
  return { error: { code: ERROR_CODES[status], status, message, fieldErrors } };
}

/** A JSON error response in the documented shape. */
export function errorResponse(
  status: ErrorStatus,
  message: string,
  init: {
    fieldErrors?: FieldError[] | null;
    headers?: ConstructorParameters<typeof Headers>[0];
  } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(apiErrorBody(status, message, init.fieldErrors ?? null)), {
    status,
    headers,
  });
}

export function isErrorStatus(status: number): status is ErrorStatus {
  return Object.hasOwn(ERROR_CODES, status);
}
