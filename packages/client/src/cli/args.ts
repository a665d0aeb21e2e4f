import { AsOfDate, CommitmentListInput, ProposalSource, SlugInput } from '@accord/domain';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';

/** A mistake in how the command was typed: exit code 2, like other Unix tools. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose help would have helped, once it is known. */
  command: CommandName | null = null;
}

export const DEFAULT_URL = 'http://localhost:3000';

type FlagKind = 'string' | 'boolean';

const GLOBAL_FLAGS = {
  url: 'string',
  token: 'string',
  json: 'boolean',
  help: 'boolean',
} as const satisfies Record<string, FlagKind>;

const COMMAND_FLAGS = {
  themes: {},
  commitments: {
    theme: 'string',
    status: 'string',
    party: 'string',
    meeting: 'string',
    overdue: 'boolean',
    limit: 'string',
    cursor: 'string',
    all: 'boolean',
    'as-of': 'string',
  },
  commitment: { 'as-of': 'string' },
  search: { theme: 'string', status: 'string', lang: 'string', limit: 'string', cursor: 'string' },
  export: { format: 'string', lang: 'string', out: 'string', 'as-of': 'string' },
  propose: { date: 'string', publisher: 'string', kind: 'string', match: 'string' },
  help: {},
} as const satisfies Record<string, Record<string, FlagKind>>;

export type CommandName = keyof typeof COMMAND_FLAGS;
const COMMAND_NAMES = Object.keys(COMMAND_FLAGS) as CommandName[];

// ---- values, validated with the API's own schemas ------------------------------------------

const listInput = CommitmentListInput.shape;
/** A page size as typed on the command line: digits, then the API's own range. */
const Limit = z
  .string()
  .regex(/^\d+$/, 'Expected a whole number')
  .transform(Number)
  .pipe(listInput.limit.unwrap());

/** `--as-of YYYY-MM-DD`, checked as the API checks it (a past day, from 2000). */
const AsOf = { 'as-of': AsOfDate.optional() };
const renameAsOf = <T extends { 'as-of'?: string | undefined }>({
  'as-of': asOf,
  ...rest
}: T): Omit<T, 'as-of'> & { asOf?: string } => ({
  ...rest,
  ...(asOf === undefined ? {} : { asOf }),
});

const CommitmentsOptions = z
  .object({
    theme: listInput.theme,
    status: listInput.status,
    party: listInput.party,
    meeting: listInput.meeting,
    overdue: z.boolean().optional(),
    limit: Limit.optional(),
    cursor: listInput.cursor.unwrap().unwrap().optional(),
    all: z.boolean().default(false),
    ...AsOf,
  })
  .transform(renameAsOf);

const CommitmentOptions = z.object(AsOf).transform(renameAsOf);

const SearchOptions = z.object({
  theme: listInput.theme,
  status: listInput.status,
  lang: listInput.lang,
  limit: Limit.optional(),
  cursor: listInput.cursor.unwrap().unwrap().optional(),
});

const ExportOptions = z
  .object({
    format: z.enum(['json', 'csv']).default('json'),
    lang: z.enum(['en', 'ja']).default('en'),
    out: z.string().min(1, 'Expected a file name').optional(),
    ...AsOf,
  })
  // The JSON export carries every record's translations: only the CSV has a Japanese file.
  .refine((o) => o.lang === 'en' || o.format === 'csv', {
    path: ['lang'],
    message: 'Only the CSV comes in Japanese (--format csv); the JSON holds every translation',
  })
  .transform(renameAsOf);

/** `--date`, `--publisher`, `--kind`: the source the text comes from, as the API checks it. */
const ProposeOptions = ProposalSource.pick({ date: true, publisher: true, kind: true });

const SiteUrl = z.url({ protocol: /^https?$/, error: 'Expected an http:// or https:// URL' });

export type CommitmentsOptions = z.output<typeof CommitmentsOptions>;
export type ExportOptions = z.output<typeof ExportOptions>;
export type ProposeOptions = z.output<typeof ProposeOptions>;
export type SearchOptions = z.output<typeof SearchOptions> & { q: string };

export type Command =
  | { name: 'help'; topic: CommandName | null }
  | { name: 'themes' }
  | { name: 'commitments'; options: CommitmentsOptions }
  | { name: 'commitment'; slug: string; asOf?: string }
  | { name: 'search'; options: SearchOptions }
  | { name: 'export'; options: ExportOptions }
  | { name: 'propose'; file: string; options: ProposeOptions; match?: string };

export interface Invocation {
  command: Command;
  url: string;
  token: string | undefined;
  json: boolean;
}

export interface CliEnv {
  ACCORD_URL?: string | undefined;
  ACCORD_TOKEN?: string | undefined;
}

// ---- tokens ----------------------------------------------------------------------------------

interface Tokens {
  positionals: string[];
  flags: Map<string, string | true>;
}

const FLAG_KINDS: Record<string, FlagKind> = Object.assign(
  {},
  GLOBAL_FLAGS,
  ...Object.values(COMMAND_FLAGS),
) as Record<string, FlagKind>;

/** Every flag of every command, for node:util's parseArgs; `-h` is `--help`. */
const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(FLAG_KINDS).map(([name, type]) => [
    name,
    name === 'help' ? { type, short: 'h' } : { type },
  ]),
) as ParseArgsConfig['options'];

/**
 * The command line split by node:util's parseArgs, in its lenient mode with tokens, so that
 * each mistake gets the one-line message this CLI has always given (parseArgs' strict
 * errors are multi-line and would take `--limit -5` as ambiguous rather than as a value that
 * the schema then refuses). Which flags a command accepts is checked by `interpret`.
 */
function tokenize(argv: readonly string[]): Tokens {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const { tokens } = parseArgs({
    args: [...argv],
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const { name, rawName } = token;
    const kind = FLAG_KINDS[name];
    const isShort = !rawName.startsWith('--');
    if (!kind || (isShort && name !== 'help')) throw new UsageError(`unknown option ${rawName}`);
    if (flags.has(name)) throw new UsageError(`--${name} is given twice`);
    if (kind === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value`);
    }
    flags.set(name, token.value);
  }
  return { positionals, flags };
}

/** "--status: Invalid option: expected one of ..." for the first problem zod found. */
function describeIssue(error: z.ZodError, flags: Map<string, string | true>): string {
  const issue = error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const given = flags.get(name);
  const value = typeof given === 'string' ? ` "${given}"` : '';
  return `invalid --${name}${value}: ${issue.message}`;
}

function parseOptions<T extends z.ZodType>(
  schema: T,
  flags: Map<string, string | true>,
  names: readonly string[],
): z.output<T> {
  const raw = Object.fromEntries(names.filter((n) => flags.has(n)).map((n) => [n, flags.get(n)]));
  const result = schema.safeParse(raw);
  if (!result.success) throw new UsageError(describeIssue(result.error, flags));
  return result.data;
}

function resolveUrl(flag: string | true | undefined, env: CliEnv): string {
  const [value, from] =
    typeof flag === 'string'
      ? [flag, '--url']
      : env.ACCORD_URL
        ? [env.ACCORD_URL, 'ACCORD_URL']
        : [DEFAULT_URL, 'the default URL'];
  const result = SiteUrl.safeParse(value);
  if (!result.success) {
    throw new UsageError(`invalid ${from} "${value}": ${result.error.issues[0]!.message}`);
  }
  return result.data;
}

/** Reads the command line; throws UsageError, with a one-line message, on any mistake. */
export function parseCommandLine(argv: readonly string[], env: CliEnv = {}): Invocation {
  try {
    const { positionals, flags } = tokenize(argv);
    return interpret(positionals, flags, env);
  } catch (error) {
    if (error instanceof UsageError) {
      error.command = COMMAND_NAMES.find((name) => argv.includes(name)) ?? null;
    }
    throw error;
  }
}

function interpret(
  positionals: readonly string[],
  flags: Map<string, string | true>,
  env: CliEnv,
): Invocation {
  const [first, ...rest] = positionals;
  const base = {
    url: resolveUrl(flags.get('url'), env),
    token: (flags.get('token') as string | undefined) ?? (env.ACCORD_TOKEN || undefined),
    json: flags.has('json'),
  };

  if (first !== undefined && !COMMAND_NAMES.includes(first as CommandName)) {
    throw new UsageError(`unknown command "${first}"`);
  }
  const name = (first ?? 'help') as CommandName;
  const allowed = new Set<string>([
    ...Object.keys(GLOBAL_FLAGS),
    ...Object.keys(COMMAND_FLAGS[name]),
  ]);
  for (const flag of flags.keys()) {
    if (!allowed.has(flag)) {
      throw new UsageError(`accord ${name} has no option --${flag}`);
    }
  }

  if (name === 'help' || flags.has('help')) {
    const topic = name === 'help' ? rest[0] : name;
    if (topic !== undefined && !COMMAND_NAMES.includes(topic as CommandName)) {
      throw new UsageError(`unknown command "${topic}"`);
    }
    return { ...base, command: { name: 'help', topic: (topic as CommandName) ?? null } };
  }

  const expectedArgs =
    name === 'commitment' || name === 'propose' ? 1 : name === 'search' ? Infinity : 0;
  if (rest.length > expectedArgs)
    throw new UsageError(`unexpected argument "${rest[expectedArgs]}"`);

  switch (name) {
    case 'themes':
      return { ...base, command: { name } };
    case 'commitments':
      return {
        ...base,
        command: {
          name,
          options: parseOptions(CommitmentsOptions, flags, Object.keys(COMMAND_FLAGS[name])),
        },
      };
    case 'commitment': {
      const slug = rest[0];
      if (slug === undefined) throw new UsageError('accord commitment needs a slug');
      const parsed = SlugInput.shape.slug.safeParse(slug);
      if (!parsed.success) {
        throw new UsageError(`invalid slug "${slug}": ${parsed.error.issues[0]!.message}`);
      }
      const options = parseOptions(CommitmentOptions, flags, Object.keys(COMMAND_FLAGS[name]));
      return { ...base, command: { name, slug: parsed.data, ...options } };
    }
    case 'search': {
      // The words, as one search: `accord search micron hiroshima` or `accord search "a phrase"`.
      const parsed = listInput.q.safeParse(rest.join(' '));
      if (!parsed.success) {
        throw new UsageError(`invalid search: ${parsed.error.issues[0]!.message}`);
      }
      if (parsed.data === undefined) throw new UsageError('accord search needs words to look for');
      const options = parseOptions(SearchOptions, flags, Object.keys(COMMAND_FLAGS[name]));
      return { ...base, command: { name, options: { ...options, q: parsed.data } } };
    }
    case 'export':
      return {
        ...base,
        command: {
          name,
          options: parseOptions(ExportOptions, flags, Object.keys(COMMAND_FLAGS[name])),
        },
      };
    case 'propose': {
      const file = rest[0];
      if (file === undefined || file === '') {
        throw new UsageError('accord propose needs a file to read (or - for standard input)');
      }
      const names = Object.keys(COMMAND_FLAGS[name]).filter((n) => n !== 'match');
      const options = parseOptions(ProposeOptions, flags, names);
      const match = flags.get('match');
      if (match === undefined) return { ...base, command: { name, file, options } };
      const site = SiteUrl.safeParse(match);
      if (typeof match !== 'string' || !site.success) {
        throw new UsageError(
          `invalid --match "${String(match)}": ${site.error?.issues[0]?.message ?? 'Expected an http:// or https:// URL'}`,
        );
      }
      return { ...base, command: { name, file, options, match: site.data } };
    }
  }
}

// ---- help --------------------------------------------------------------------------------

const GLOBAL_HELP = `Options for every command:
  --url <url>     Where Accord runs (default: $ACCORD_URL, else ${DEFAULT_URL})
  --token <t>     Sent as "Authorization: Bearer <t>" (default: $ACCORD_TOKEN)
  --json          Print JSON for scripts instead of tables
  -h, --help      Show help`;

const COMMAND_HELP: Record<CommandName, string> = {
  help: `accord help [command]
  Show help for accord or for one command.`,
  themes: `accord themes
  List the themed briefs with their number of commitments by status.`,
  commitments: `accord commitments [options]
  List published commitments, a page at a time, in a stable order.

  --theme <slug>      Only this theme (security, chips, minerals, ukraine, ...)
  --status <status>   Only this status: not_yet_rated, in_progress, partially_delivered,
                      delivered, stalled, abandoned
  --party <slug>      Only commitments involving this party (jp, us, ...)
  --meeting <slug>    Only commitments made at this meeting
  --overdue           Only commitments past their target date and not done
  --limit <n>         Page size, 1 to 100 (default 20; 100 with --all)
  --cursor <cursor>   Start after this cursor (the nextCursor of an earlier page)
  --all               Follow the cursors and list every matching commitment
  --as-of <date>      As they stood at the end of that day (YYYY-MM-DD): statuses, overdue
                      and both filters then; commitments made later are left out`,
  commitment: `accord commitment <slug> [--as-of <date>]
  Show one commitment with its quotes, their attribution and sources, its history, each
  party's track, lineage and disputes.

  --as-of <date>      As it stood at the end of that day (YYYY-MM-DD)`,
  search: `accord search <words> [options]
  Search published commitments by the words in their titles, summaries, tags, quotes and
  parties' names, best match first. English words are matched by their stem ("chips" finds
  "chip"); "a phrase" in quotes, or between words, -word to leave one out. Up to 200
  characters; the first 500 results can be paged through.

  --theme <slug>      Only this theme
  --status <status>   Only this status
  --lang ja           Also search in Japanese: the titles and summaries, quotes said in
                      Japanese and party names (such as 半導体), Japanese matches first;
                      en (the default) searches English
  --limit <n>         Results per page, 1 to 100 (default 20)
  --cursor <cursor>   The next page (the cursor an earlier search printed)`,
  export: `accord export [--format json|csv] [--lang ja] [--out <file>] [--as-of <date>]
  Download every published commitment, with quotes and history: the site's export file
  (/exports/commitments.json or .csv) in one request. Against an older server without it,
  pages through the API instead. Progress goes to stderr when it is a terminal.

  --format json|csv   JSON (default): themes, meetings, parties, sources and commitments.
                      CSV: one row per commitment.
  --lang ja           The CSV in Japanese (/ja/exports/commitments.csv): Japanese titles,
                      summaries and links, with a byte order mark for Excel
  --out <file>        Write to a file (written whole or not at all) instead of stdout
  --as-of <date>      The commitments as they stood at the end of that day (YYYY-MM-DD);
                      the lists of themes, meetings, parties and sources are today's`,
  propose: `accord propose <file> [--date <date>] [--publisher <name>] [--kind <kind>] [--match <url>]
  Read an English article or readout (plain text or HTML; - for standard input) and propose
  the commitments in it: sentence, title and summary, theme, strength, who said it, parties,
  target date and exact quotes with their offsets. Offline: no server, no database. With
  --json, prints the proposals as a JSON array.

  --date <date>       The source's date (YYYY-MM-DD): dates "by the end of the year"
  --publisher <name>  Who published it: named for sentences that name no speaker
  --kind <kind>       The source's kind: news_report (default), readout, press_release,
                      joint_statement, transcript, official_document
  --match <url>       Compare with the published commitments of the Accord site at <url>
                      (its public search, no token needed): each proposal gets the ones it
                      may restate, best first. Only this option uses the network.`,
};

export function helpText(topic: CommandName | null): string {
  if (topic && topic !== 'help') return `Usage: ${COMMAND_HELP[topic]}\n\n${GLOBAL_HELP}\n`;
  return `accord: read Accord's summit commitments from the command line.

Usage: accord <command> [options]

Commands:
  themes                 The themed briefs
  commitments            Commitments, filtered and paged (--all for every page)
  commitment <slug>      One commitment with its quotes and history
  search <words>         Commitments matching the words, best first
  export                 The whole published dataset as JSON or CSV
  propose <file>         Proposed commitments in an article or readout (offline)
  help [command]         Help for a command

${GLOBAL_HELP}

Exit status: 0 done, 1 the request failed (not found, server unreachable, ...),
2 the command line is wrong.
`;
}
