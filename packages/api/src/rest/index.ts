/** Plain-HTTP surfaces of the API: REST + OpenAPI, feeds, exports, and the limits in front. */
export { limitBody, readBodyWithin } from './body-limit';
export {
  ApiError,
  apiErrorBody,
  ERROR_CODES,
  ERROR_MEANINGS,
  errorResponse,
  type ErrorStatus,
} from './errors';
export { CSV_COLUMNS } from './exports';
export { handleRestRequest } from './handler';
export {
  answerRead,
  etagOf,
  isCredentialed,
  matchesIfNoneMatch,
  PUBLIC_READ_CACHE,
  toCachedRead,
  withHttpCaching,
  type CachePolicy,
} from './http-cache';
export { API_VERSION, generateApiDocument, REST_BASE } from './openapi';
export { FEED_SIZE, serveChangeFeed, serveCommitmentsExport } from './publish';
export {
  READ_CACHE_DEFAULTS,
  ReadCache,
  readCacheKey,
  type CachedRead,
  type ReadCacheOptions,
} from './read-cache';
export {
  clientKeyFrom,
  clientKeyOf,
  PEER_ADDRESS_HEADER,
  RateLimiter,
  type RateLimitDecision,
} from './rate-limit';
