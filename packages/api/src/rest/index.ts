/** Plain-HTTP surfaces of the API: REST + OpenAPI, feeds, exports and the error shape. Caching
 * and rate limits in front of them live in the web app (apps/web/src/edge/). */
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
export { API_VERSION, generateApiDocument, REST_BASE } from './openapi';
export {
  FEED_SIZE,
  type FeedFormat,
  originOf,
  serveChangeFeed,
  serveCommitmentsExport,
} from './publish';
export { SITE_PAGES, SITEMAP_SIZE, serveSitemap, serveSitemapIndex } from './sitemap';
