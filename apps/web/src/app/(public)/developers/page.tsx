import {
  CSV_COLUMNS,
  ERROR_MEANINGS,
  FEED_SIZE,
  generateApiDocument,
  REST_BASE,
} from '@accord/api/rest';
import { siteOrigin } from '@accord/auth';
import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';

export const metadata: Metadata = sharedMetadata({
  path: '/developers',
  title: 'Developers',
  description:
    'The Accord API over plain HTTP and JSON, its OpenAPI document, feeds of changes and bulk exports.',
});

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  pattern?: string;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: JsonSchema }> }>;
}

/** A short type name for a schema: "string", "integer 1–100", "one of: a, b", "Theme[]". */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  if (schema.enum) return `one of: ${schema.enum.map(String).join(', ')}`;
  if (schema.anyOf) {
    const parts = schema.anyOf.map(typeOf).filter((t) => t !== 'null');
    const nullable = schema.anyOf.some((s) => s.type === 'null');
    return `${[...new Set(parts)].join(' or ')}${nullable ? ' or null' : ''}`;
  }
  if (schema.type === 'array') return `array of ${typeOf(schema.items)}`;
  if (schema.type === 'object') return 'object';
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  if (schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e9) {
    return `${type} ${schema.minimum}–${schema.maximum}`;
  }
  return type;
}

/** The top-level fields of a JSON response, and of the items of a page. */
function fieldsOf(schema: JsonSchema | undefined): [string, string][] {
  if (!schema?.properties) return [];
  const itemProps = schema.properties.items?.items?.properties;
  if (itemProps && 'nextCursor' in schema.properties) {
    return [
      ...Object.entries(itemProps).map(([k, v]): [string, string] => [`items[].${k}`, typeOf(v)]),
      ['nextCursor', 'string or null'],
    ];
  }
  return Object.entries(schema.properties).map(([k, v]) => [k, typeOf(v)]);
}

const ERROR_EXAMPLE = `{
  "error": {
    "code": "BAD_REQUEST",
    "status": 400,
    "message": "Invalid input: limit: Too big: expected number to be <=100",
    "fieldErrors": [{ "path": ["limit"], "message": "Too big: expected number to be <=100" }]
  }
}`;

/**
 * The data on this page as a schema.org Dataset, for dataset search engines: its bulk exports
 * and its feed. URLs are absolute on ACCORD_BASE_URL when it is set.
 */
function datasetJsonLd(): string {
  const origin = siteOrigin() ?? '';
  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Accord: summit commitments, tracked',
    description:
      'Commitments made by leaders at summits, with their status over time, exact short quotes with attribution, the parties concerned and the sources that reported them.',
    url: `${origin}/developers`,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'Accord' },
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${origin}/exports/commitments.csv`,
        inLanguage: 'en',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${origin}/ja/exports/commitments.csv`,
        inLanguage: 'ja',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: `${origin}/exports/commitments.json`,
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/atom+xml',
        contentUrl: `${origin}/feeds/changes.atom`,
      },
    ],
  };
  // `<` escaped: no text inside the data can close the script element.
  return JSON.stringify(dataset).replace(/</g, '\\u003c');
}

export default function DevelopersPage() {
  const doc = generateApiDocument();
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => {
    const get = (item as { get?: Operation }).get;
    return get ? [{ path, op: get }] : [];
  });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: datasetJsonLd() }} />
      <h1>Developers</h1>
      <p className="lede">
        Everything on this site is also data: the same public, read-only API as JSON over plain HTTP
        for any language, feeds of what changed, and bulk exports. Only published records are ever
        returned.
      </p>

      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#rest">REST API</a>
          </li>
          <li>
            <a href="#endpoints">Endpoints</a>
          </li>
          <li>
            <a href="#errors">Errors and status codes</a>
          </li>
          <li>
            <a href="#limits">Paging, caching and limits</a>
          </li>
          <li>
            <a href="#api-keys">Writing with an API key</a>
          </li>
          <li>
            <a href="#feeds">Feeds</a>
          </li>
          <li>
            <a href="#exports">Exports</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="rest">
        <h2 id="rest">REST API</h2>
        <p>
          Base URL: <code>{REST_BASE}</code>. Every endpoint is a <code>GET</code> answering JSON.
          The machine-readable description is the OpenAPI 3.1 document at{' '}
          <a href={`${REST_BASE}/openapi.json`}>
            <code>{REST_BASE}/openapi.json</code>
          </a>
          : generate a client from it, or read on. Try{' '}
          <a href={`${REST_BASE}/commitments?theme=chips&limit=2`}>
            <code>{REST_BASE}/commitments?theme=chips&amp;limit=2</code>
          </a>
          .
        </p>
        <p>
          TypeScript programs can use the typed tRPC API at <code>/api/trpc</code> instead; it
          serves the same procedures with the same inputs.
        </p>
      </section>

      <section aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints</h2>
        {operations.map(({ path, op }) => {
          const ok = op.responses['200']?.content?.['application/json']?.schema;
          const statuses = Object.keys(op.responses);
          return (
            <article key={op.operationId} aria-labelledby={`op-${op.operationId}`}>
              <h3 id={`op-${op.operationId}`}>
                <code>
                  GET {REST_BASE}
                  {path}
                </code>
              </h3>
              <p>
                <strong>{op.summary}.</strong> {op.description}
              </p>
              {op.parameters && op.parameters.length > 0 ? (
                <div className="table-wrap">
                  <table className="table">
                    <caption className="visually-hidden">Parameters of {op.summary}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">In</th>
                        <th scope="col">Type</th>
                        <th scope="col">Notes</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>{p.in}</td>
                          <td>{typeOf(p.schema)}</td>
                          <td>
                            {p.required ? 'Required. ' : ''}
                            {p.schema?.default !== undefined
                              ? `Default ${JSON.stringify(p.schema.default)}. `
                              : ''}
                            {p.description}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <details>
                <summary>Response fields</summary>
                <ul>
                  {fieldsOf(ok).map(([name, type]) => (
                    <li key={name}>
                      <code>{name}</code>: {type}
                    </li>
                  ))}
                </ul>
              </details>
              <p>Answers: {statuses.join(', ')}.</p>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="errors">
        <h2 id="errors">Errors and status codes</h2>
        <p>
          Every error from the REST API, the feeds and the exports has the same JSON shape. The{' '}
          <code>code</code> is stable and safe to branch on; the <code>message</code> is for people.
          Errors never include stack traces or other internals.
        </p>
        <pre>
          <code>{ERROR_EXAMPLE}</code>
        </pre>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">HTTP status codes and what they mean</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">200</th>
                <td>The data.</td>
              </tr>
              <tr>
                <th scope="row">304</th>
                <td>
                  Not modified: the <code>ETag</code> you sent in <code>If-None-Match</code> is
                  still current. No body.
                </td>
              </tr>
              {Object.entries(ERROR_MEANINGS).map(([status, meaning]) => (
                <tr key={status}>
                  <th scope="row">{status}</th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          The tRPC endpoint answers errors in tRPC&apos;s own shape (<code>error.data.code</code>,{' '}
          <code>error.data.httpStatus</code>, <code>error.data.fieldErrors</code>) with the same
          status codes.
        </p>
      </section>

      <section aria-labelledby="limits">
        <h2 id="limits">Paging, caching and limits</h2>
        <ul>
          <li>
            <strong>Paging.</strong> Every list takes <code>limit</code> (1–100, default 20) and
            answers <code>{'{ items, nextCursor }'}</code>. Pass <code>nextCursor</code> back as{' '}
            <code>cursor</code> for the next page, unchanged; it is <code>null</code> on the last
            page. Cursors are opaque; a malformed one is a 400 naming <code>cursor</code>.
          </li>
          <li>
            <strong>Caching.</strong> Successful reads carry an <code>ETag</code> and{' '}
            <code>Cache-Control: public, max-age=60, stale-while-revalidate=300</code> (or{' '}
            <code>private, no-cache</code> when the request carries a cookie or{' '}
            <code>Authorization</code>). Send the ETag back in <code>If-None-Match</code> to get a{' '}
            <code>304 Not Modified</code> without a body. The same holds for tRPC queries over GET.
            Signed-out reads are answered from a cache of published data in each server process: a
            publish empties it, so the next read shows the change; otherwise an answer is kept at
            most 60 seconds (with several servers, one that did not handle the publish may serve the
            old answer for up to that long).
          </li>
          <li>
            <strong>Rate limit.</strong> Each client may make a burst of requests, then a steady
            number per minute (the <code>RateLimit-Policy</code> header says how many, e.g.{' '}
            <code>120;w=60;burst=60</code>). Beyond it you get a 429 with <code>Retry-After</code>{' '}
            in seconds. Clients are told apart by address.
          </li>
          <li>
            <strong>Request size.</strong> Request bodies above 1 MiB (by default) get a 413; a tRPC
            batch may hold at most 10 calls (more is a 400).
          </li>
          <li>
            <strong>CORS.</strong> The REST API, feeds and exports allow any origin (
            <code>Access-Control-Allow-Origin: *</code>, no credentials): they serve only public
            data and never read cookies. The tRPC endpoint does not.
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-keys">
        <h2 id="api-keys">Writing with an API key</h2>
        <p>
          Reads need no key. A script that does what an editor does (record a status update, edit a
          draft) calls the typed tRPC API at <code>/api/trpc</code> with an API key that an admin
          issued under Admin › API keys: <code>Authorization: Bearer acc_…</code> (the OpenAPI
          document describes it as the <code>apiKey</code> security scheme). The key acts as its
          owner, with the lower of its scope and the owner&apos;s role, so it may call exactly what
          that person may; more is a 403. An unknown, revoked or expired key, or another kind of{' '}
          <code>Authorization</code> header, is a 401 whose message says which. Each key has its own
          rate limit (429 with <code>Retry-After</code>), and every answer to a request with a key
          is <code>private, no-store</code>. In TypeScript:{' '}
          <code>createAccordClient({'{ url, token }'})</code>; on the command line:{' '}
          <code>accord --token</code> or <code>ACCORD_TOKEN</code>.
        </p>
      </section>

      <section aria-labelledby="feeds">
        <h2 id="feeds">Feeds</h2>
        <p>
          The {FEED_SIZE} newest changes, newest first: a commitment published, or a status update
          recorded. Each entry links to the commitment and names its theme (and the new status) as
          categories.
        </p>
        <ul>
          <li>
            Everything: <a href="/feeds/changes.atom">/feeds/changes.atom</a> (Atom) and{' '}
            <a href="/feeds/changes.json">/feeds/changes.json</a> (JSON Feed 1.1)
          </li>
          <li>
            One theme: <code>/themes/&lt;slug&gt;/feed.atom</code> and{' '}
            <code>/themes/&lt;slug&gt;/feed.json</code>, e.g.{' '}
            <a href="/themes/chips/feed.atom">/themes/chips/feed.atom</a>
          </li>
          <li>
            In Japanese, each of them under <code>/ja</code>:{' '}
            <a href="/ja/feeds/changes.atom" hrefLang="ja">
              /ja/feeds/changes.atom
            </a>
            , <code>/ja/themes/&lt;slug&gt;/feed.json</code>… Entries link to the Japanese pages and
            show our Japanese titles and summaries where there are some; status notes stay in
            English until they are translated. Their ids end in <code>:ja</code>, so a reader
            subscribed to both languages keeps both.
          </li>
        </ul>
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">Exports</h2>
        <p>Every published commitment with its parties, quotes and status history, in one file:</p>
        <ul>
          <li>
            <a href="/exports/commitments.json">/exports/commitments.json</a>:{' '}
            <code>{'{ asOf, count, commitments: [...] }'}</code>, each commitment as in{' '}
            <code>
              GET {REST_BASE}/commitments/{'{slug}'}
            </code>{' '}
            plus its <code>url</code>.
          </li>
          <li>
            <a href="/exports/commitments.csv">/exports/commitments.csv</a>: one row per commitment,
            UTF-8, comma-separated, CRLF line ends, a header row. Text cells that start with{' '}
            <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> (also after leading
            spaces, or as full-width signs), a tab or a carriage return get a leading apostrophe so
            spreadsheets do not run them as formulas. <code>accord export --format csv</code> writes
            the same.
          </li>
          <li>
            <a href="/ja/exports/commitments.csv" hrefLang="ja">
              /ja/exports/commitments.csv
            </a>
            : the same columns in Japanese: <code>url</code> links to the Japanese page, and{' '}
            <code>title</code> and <code>summary</code> are our Japanese translations where there
            are some (<code>title_translation</code> and <code>summary_translation</code> say which,
            and whether the English has changed since). The file starts with a byte order mark, so
            Excel opens it as UTF-8. The JSON export needs no Japanese copy: each commitment carries
            its <code>translations</code>.
          </li>
        </ul>
        <p>
          <code>asOf</code> (and the <code>X-Data-As-Of</code> and <code>Last-Modified</code>{' '}
          headers) is the last time any of the exported data changed. Both files are sent as they
          are read, a few hundred commitments at a time, so a download starts at once whatever the
          size; a transfer that stops early (the connection or the database failed) ends without its
          last chunk, so check that your client saw the whole body. Send the <code>ETag</code> back
          in <code>If-None-Match</code> to get a 304 when nothing changed. The columns of the CSV,
          in order; new ones are only ever added at the end:
        </p>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Columns of commitments.csv</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map(([name, meaning]) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          See the <Link href="/methodology">methodology</Link> for what statuses, strengths of
          language and attribution kinds mean.
        </p>
      </section>
    </>
  );
}
