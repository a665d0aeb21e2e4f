import {
  CSV_COLUMNS,
  ERROR_MEANINGS,
  type ErrorStatus,
  generateApiDocument,
} from '@accord/api/rest';
import { type Locale } from '~/i18n';

/**
 * What the developers page (components/pages/developers.tsx) reads from @accord/api: the
 * operations of the OpenAPI document, their parameter and response types in words, the CSV
 * columns and the error statuses, in the page's language.
 *
 * The operations' summaries and descriptions are the document's own English: the page shows
 * them as they are, marked lang="en" on the Japanese page. The CSV columns' and the error
 * statuses' meanings are ours: their English is @accord/api's (the same words as the OpenAPI
 * document and the export), their Japanese is written here, one for each column (the type
 * fails when a column has none) and for each documented status (api-reference.test.ts fails
 * when one has none). Not in the messages: the English holds `<slug>`, which is ICU syntax.
 */

export interface JsonSchema {
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

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: JsonSchema }> }>;
}

/** Every GET of the REST API, in the document's order. */
export function apiOperations(): { path: string; op: Operation }[] {
  const doc = generateApiDocument();
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) => {
    const get = (item as { get?: Operation }).get;
    return get ? [{ path, op: get }] : [];
  });
}

/** The words around JSON Schema's type names (which stay as they are: string, integer…). */
const TYPE_WORDS: Record<
  Locale,
  { oneOf: (values: string) => string; or: string; arrayOf: (type: string) => string }
> = {
  en: { oneOf: (values) => `one of: ${values}`, or: ' or ', arrayOf: (type) => `array of ${type}` },
  ja: {
    oneOf: (values) => `${values} のいずれか`,
    or: ' または ',
    arrayOf: (type) => `${type} の配列`,
  },
};

/**
 * A short type name for a schema: "string", "integer 1–100", "one of: a, b", "array of
 * object", "string or null"; in Japanese "a, b のいずれか", "object の配列", "string または null".
 */
export function typeOf(schema: JsonSchema | undefined, locale: Locale = 'en'): string {
  const words = TYPE_WORDS[locale];
  if (!schema) return 'any';
  if (schema.enum) return words.oneOf(schema.enum.map(String).join(', '));
  if (schema.anyOf) {
    const parts = schema.anyOf.map((s) => typeOf(s, locale)).filter((t) => t !== 'null');
    const nullable = schema.anyOf.some((s) => s.type === 'null');
    return `${[...new Set(parts)].join(words.or)}${nullable ? `${words.or}null` : ''}`;
  }
  if (schema.type === 'array') return words.arrayOf(typeOf(schema.items, locale));
  if (schema.type === 'object') return 'object';
  const type = Array.isArray(schema.type) ? schema.type.join(words.or) : (schema.type ?? 'any');
  if (schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e9) {
    return `${type} ${schema.minimum}–${schema.maximum}`;
  }
  return type;
}

/** The top-level fields of a JSON response, and of the items of a page. */
export function fieldsOf(
  schema: JsonSchema | undefined,
  locale: Locale = 'en',
): [string, string][] {
  if (!schema?.properties) return [];
  const itemProps = schema.properties.items?.items?.properties;
  if (itemProps && 'nextCursor' in schema.properties) {
    // A page's own fields after its cursor: a catalog list's `total`.
    const { items: _items, nextCursor: _cursor, ...rest } = schema.properties;
    return [
      ...Object.entries(itemProps).map(([k, v]): [string, string] => [
        `items[].${k}`,
        typeOf(v, locale),
      ]),
      ['nextCursor', `string${TYPE_WORDS[locale].or}null`],
      ...Object.entries(rest).map(([k, v]): [string, string] => [k, typeOf(v, locale)]),
    ];
  }
  return Object.entries(schema.properties).map(([k, v]) => [k, typeOf(v, locale)]);
}

type CsvColumn = (typeof CSV_COLUMNS)[number][0];

/** The CSV columns' meanings in Japanese: our translation of CSV_COLUMNS (@accord/api). */
const CSV_COLUMNS_JA: Record<CsvColumn, string> = {
  slug: '公開用の識別子。ページは /commitments/<slug>（日本語版は /ja/commitments/<slug>）です。',
  url: '合意のページの絶対URL。日本語のCSVでは日本語のページです。',
  title: '短いタイトル。日本語のCSVでは、翻訳がある場合は日本語訳です。',
  summary: '合意についての私たち独自の要約。日本語のCSVでは、翻訳がある場合は日本語訳です。',
  theme: '主なテーマのスラッグ。',
  meeting: '合意がなされた会議のスラッグ。',
  meeting_date: 'その会議の初日（YYYY-MM-DD）。',
  strength: '表現の強さ（agreed、committed、plans など）。',
  status: '現在のステータスのコード（/ja/methodology を参照）。',
  status_since:
    '現在のステータスになった日（全体のステータスの更新のうち、現在と同じステータスが続く最後の一連の更新の初日）。未評価の間は空です。',
  overdue: '目標期日を過ぎ、実現も断念もされていない場合は true。',
  target_date: '目標期日（YYYY-MM-DD）。示されていない場合は空です。',
  target_precision: 'day、month、quarter、year のいずれか。',
  target_qualifier: 'by、on、around、not_before のいずれか。',
  target_note: '目標についての自由記述の注記。',
  parties: '当事者を "slug:role" の形で示し、"; " でつないだもの。',
  tags: 'タグを "; " でつないだもの。',
  quote_count: '引用の数。',
  quotes:
    '引用1件につき1行（"text" — who [attribution_kind] (source_slug)）。行と行は改行（LF）でつなぎます。',
  sources: '引用している出典のスラッグを "; " でつないだもの。',
  history:
    'ステータス更新1件につき1行（YYYY-MM-DD status）。一方の当事者だけを評価する更新では、その後に [party] が付きます。行と行は改行（LF）でつなぎます。',
  published_at: '公開された日時（ISO 8601、UTC）。',
  updated_at: '最後に変更された日時（ISO 8601、UTC）。',
  last_reviewed_on:
    '編集者が新しい出典と照らし合わせて最後に確認した日。確認日または最新の更新の日で、一度もない場合は空です。',
  as_of:
    '?asOf= を付けてエクスポートした場合に、その行が示す時点の日（YYYY-MM-DD）。今日の時点の場合は空です。',
  title_translation:
    '英語のファイルでは空です。日本語のファイル（/ja/exports/commitments.csv）では、title が現在の英語のタイトルの翻訳であれば current、以前の英語のタイトルの翻訳であれば stale、まだ翻訳がなく title が英語であれば missing です。',
  summary_translation: 'summary について、同じことを示します。',
};

/** The CSV's columns in order, each with its meaning in `locale`. */
export function csvColumns(locale: Locale): [string, string][] {
  return CSV_COLUMNS.map(([name, meaning]) => [
    name,
    locale === 'en' ? meaning : CSV_COLUMNS_JA[name],
  ]);
}

/** The documented error statuses' meanings in Japanese: our translation of ERROR_MEANINGS. */
const ERROR_MEANINGS_JA: Partial<Record<ErrorStatus, string>> = {
  400: '入力が正しくありません。`fieldErrors` が、誤りのある各フィールド（クエリまたはパスのパラメーター）を示します。',
  404: 'その記録がないか（メッセージがスラッグを示します）、そのエンドポイントがありません。',
  405: 'エンドポイントはありますが、このメソッドには対応していません。APIは読み取り専用です（GETとHEAD）。',
  409: '読み取った後に記録が変更されました（古いバージョンに基づく編集者の書き込み）。',
  413: 'リクエスト本文が、サーバーが受け付ける大きさを超えています。',
  415: 'リクエスト本文がJSONではありません。',
  429: 'クライアントからのリクエストが多すぎます。`Retry-After` の秒数だけ待ってから再試行してください。',
  500: 'サーバー側の予期しないエラーです。メッセージに内部情報が含まれることはありません。',
  503: 'サービスが現在データベースに接続できません。`Retry-After` の秒数だけ待ってから再試行してください。',
};

/** The documented error statuses in order, each with its meaning in `locale`. */
export function errorMeanings(locale: Locale): [string, string][] {
  return Object.entries(ERROR_MEANINGS).map(([status, meaning]) => [
    status,
    (locale === 'en' ? undefined : ERROR_MEANINGS_JA[Number(status) as ErrorStatus]) ?? meaning,
  ]);
}
