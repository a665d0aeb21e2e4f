import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { z } from 'zod';
import { appRouter } from '../root';
import { ApiError, ERROR_MEANINGS, type ErrorStatus } from './errors';

/** Where the REST API is served; the OpenAPI document lives at `${REST_BASE}/openapi.json`. */
export const REST_BASE = '/api/v1';
export const API_VERSION = '1.0.0';

/** Errors any read can answer with, besides its own 400/404. */
const ALWAYS: ErrorStatus[] = [429, 500, 503];
const SLUG_FILTERS = ['theme', 'meeting', 'party'];

const PARAMETER_NOTES: Record<string, string> = {
  cursor: 'Omit for the first page; then pass back `nextCursor` from the previous page unchanged.',
  limit: 'Items per page, 1 to 100.',
  slug: 'The public identifier of the record, as in its URL on the site.',
  overdue:
    '`true`: only commitments past their target date and not delivered or abandoned (as of today, or as of `asOf`); `false`: only the others.',
  asOf: 'A past day, YYYY-MM-DD (2000-01-01 to today): read the data as it stood at the end of that day. Statuses, overdue flags, counts and filters use only the updates that had taken effect; commitments made at later meetings are left out. A future or malformed date is a 400.',
};

const header = (description: string, schema: object = { type: 'string' }) => ({
  description,
  schema,
});

const CACHING_HEADERS = {
  ETag: header('A validator for this response; send it back in If-None-Match to get a 304.'),
  'Cache-Control': header(
    '`public, max-age=60, stale-while-revalidate=300`, or `private, no-cache` when the request carried a cookie or Authorization.',
  ),
  'RateLimit-Policy': header('The per-client limit, e.g. `60;w=60;burst=60`.'),
};

type Operation = {
  parameters?: { name: string; in: string; description?: string; schema?: object }[];
  responses: Record<string, unknown>;
};

/** The bearer API key scripts send to /api/trpc (see README, "API keys"). */
export const API_KEY_SECURITY_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'acc_ followed by 43 base64url characters',
  description:
    'An API key issued by an admin under Admin › API keys, sent as `Authorization: Bearer acc_…`. It is needed only for the tRPC API at /api/trpc, for what an editor or admin may do (record a status update, edit a draft); the key acts as its owner, within its scope. The REST reads here need no key and ignore it; a read sent with a key is answered `private, no-store`. An unknown, revoked or expired key is a 401.',
} as const;

/**
 * The OpenAPI 3.1 document of the public REST API, generated from the procedures' input
 * and output schemas. trpc-to-openapi's default error responses are replaced by the one
 * error shape this API answers with (see errors.ts), and every read documents its caching
 * headers, 304, and the 429/500/503 any request can meet.
 */
export function generateApiDocument(): OpenAPIObject {
  const doc = generateOpenApiDocument(appRouter, {
    title: 'Accord API',
    description:
      'Summit commitments, who made them, who reported them, and whether they happened: the public, read-only data of Accord over plain HTTP and JSON. Only published records are ever returned. The reference with errors, paging, caching and limits is at /developers.',
    version: API_VERSION,
    baseUrl: REST_BASE,
    securitySchemes: {},
    docsUrl: '/developers',
  });

  const errorSchema = z.toJSONSchema(ApiError, { target: 'draft-2020-12' });
  delete errorSchema.$schema;
  const responses: Record<string, object> = {
    NotModified: {
      description: 'Not modified: the ETag you sent in If-None-Match is still current.',
      headers: { ETag: CACHING_HEADERS.ETag, 'Cache-Control': CACHING_HEADERS['Cache-Control'] },
    },
  };
  for (const [status, meaning] of Object.entries(ERROR_MEANINGS)) {
    responses[`Error${status}`] = {
      description: meaning,
      ...(status === '429' || status === '503'
        ? {
            headers: {
              'Retry-After': header('Seconds to wait before retrying.', {
                type: 'integer',
                minimum: 1,
              }),
            },
          }
        : {}),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
    };
  }
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, ApiError: errorSchema },
    responses,
    // Described, not required: no REST operation needs it (they are public reads, and
    // none carries a `security` requirement). It is how scripts write through /api/trpc.
    securitySchemes: { apiKey: API_KEY_SECURITY_SCHEME },
  } as OpenAPIObject['components'];

  for (const item of Object.values(doc.paths ?? {})) {
    const operation = (item as { get?: Operation }).get;
    if (!operation) continue;
    const ok = operation.responses['200'] as { headers?: object } | undefined;
    const hasParameters = (operation.parameters ?? []).length > 0;
    const isLookup = (operation.parameters ?? []).some((p) => p.in === 'path');
    const statuses: ErrorStatus[] = [
      ...(hasParameters ? [400 as const] : []),
      // A by-slug read, or a list filtered by another record's slug.
      ...(isLookup || (operation.parameters ?? []).some((p) => SLUG_FILTERS.includes(p.name))
        ? [404 as const]
        : []),
      ...ALWAYS,
    ];
    operation.responses = {
      '200': { ...ok, headers: { ...ok?.headers, ...CACHING_HEADERS } },
      '304': { $ref: '#/components/responses/NotModified' },
      ...Object.fromEntries(
        statuses.map((s) => [String(s), { $ref: `#/components/responses/Error${s}` }]),
      ),
    };
    for (const parameter of operation.parameters ?? []) {
      const note = PARAMETER_NOTES[parameter.name];
      if (note && !parameter.description) parameter.description = note;
    }
  }
  return doc;
}
