// The client entry: browser-safe (no Node built-ins), imports the server only as types.
export type { AppRouter, RouterInputs, RouterOutputs } from './router';
export {
  API_PATH,
  apiUrl,
  createAccordClient,
  MAX_BATCH_ITEMS,
  type AccordClient,
  type AccordClientOptions,
} from './client';
export { AccordError, type AccordErrorCode, type FieldError } from './errors';
export { allItems, allPages, type Page } from './paginate';
export {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  retryDelay,
  withRetries,
  type Fetch,
  type RetryPolicy,
} from './retry';
