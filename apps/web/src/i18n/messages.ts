import {
  ATTRIBUTION_DEFINITIONS,
  LINEAGE_DEFINITIONS,
  PARTY_ROLE_DEFINITIONS,
  QUOTE_FORM_DEFINITIONS,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STRENGTH_DEFINITIONS,
} from '@accord/domain';

/** `{ key: definition }` of a domain vocabulary, for the English messages. */
function definitionsOf<K extends string>(
  defs: Record<K, { definition: string }>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ definition: string }>(defs).map(([k, d]) => [k, d.definition]),
  ) as Record<K, string>;
}

function labelsOf<K extends string>(defs: Record<K, { label: string }>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ label: string }>(defs).map(([k, d]) => [k, d.label]),
  ) as Record<K, string>;
}

/**
 * The public site's UI strings, in English and Japanese (ICU message format, read by
 * next-intl). Record content (titles, summaries, briefs) is not here: its translations are
 * fields of the records (docs/i18n.md), shown in English, marked lang="en", until translated. Status names are defined once here so every
 * page uses the same words.
 */
export const en = {
  site: {
    skip: 'Skip to content',
    mainNav: 'Main',
    moreNav: 'More',
    briefs: 'Briefs',
    meetings: 'Meetings',
    parties: 'Parties',
    sources: 'Sources',
    methodology: 'Methodology',
    developers: 'Developers',
    footer:
      'Accord summarises commitments in its own words and quotes sources only in short, attributed phrases. See the <link>methodology</link> for what each status means.',
    language: 'Language',
    breadcrumb: 'Breadcrumb',
    languageName: 'English',
    /** A later page of an index (/sources/more/<cursor>): its title and heading. */
    listPage: '{list}, page {page} of {pages}',
    /** The same page in the breadcrumb, after the index. */
    listPageCrumb: 'Page {page}',
    untranslated: '',
    olderTranslation: '',
    noteUntranslated: '',
    noteOlder: '',
  },
  // Status names are the domain's (STATUS_LABELS), which the feeds use too.
  status: STATUS_LABELS.en,
  brief: {
    theBrief: 'The brief',
    overTime: 'Statuses over time',
    commitments: '{count, plural, one {# commitment} other {# commitments}}',
    statusOf: 'Status of {title} commitments',
    noneYet: 'No published commitments yet',
    noneYetSentence: 'No published commitments yet.',
    more: 'More commitments',
    todaysText: "The editors' text as it reads today.",
    inAll: '({count} in all)',
    target: 'Target: {date}',
    by: 'by {parties}',
    overdue: 'Past target date',
  },
  home: {
    eyebrow: 'Summit commitments, tracked',
    commitments: '{count, plural, one {# commitment} other {# commitments}}',
    aboutMeeting: 'About the meeting and its context',
    briefsByTheme: 'Briefs by theme',
    intro:
      '{total, plural, one {# published commitment} other {# published commitments}} in {themes, plural, one {# theme} other {# themes}}. Each brief explains what was promised, in whose words, and how far it has got.',
  },
  notFound: {
    title: 'Page not found',
    body: 'We have no page at this address. The commitment, theme or meeting may have been renamed, or the link may be mistyped.',
  },
  article: {
    status: 'Status',
    why: 'Why:',
    language: 'Language',
    target: 'Target date',
    noTarget: 'None stated',
    madeAt: 'Made at',
    partOf: 'Part of',
    lastReviewed: 'Last reviewed',
    notReviewed: 'Not yet reviewed',
    whatThisMeans: 'What this means',
    tags: 'Tags',
    parties: 'Parties',
    timeline: 'Timeline',
    timelineOf: 'Timeline of “{title}”',
    inTheirWords: 'In their words',
    noQuotes: 'No quotes recorded yet.',
    history: 'History',
    noHistory: 'No status updates yet: the commitment is not yet rated.',
    partyPart: '{owner} part:',
    by: 'By {author}',
    tracks: "Each party's line",
    tracksIntro:
      "The parties' records differ here, so each party's part is rated on its own. The overall status stays one call by the editors:",
    tracksLink: 'How we rate parties separately',
    trackLine: '{owner} line',
    disputes: 'Where sources disagree',
    disputesIntro:
      'Each side is shown with its source. We state neither as fact; our note says which reading we use, if any, and why.',
    disputesLink: 'How we handle disputes',
    raised: 'Raised <date></date>',
    resolved: 'Resolved',
    open: 'Open',
    ourNote: 'Our note:',
    lineage: 'Lineage',
    lineageIntro: 'Where the commitment comes from, and where it was stated again.',
    lineageLink: 'About lineage',
    sub: 'Sub-commitments',
    subIntro: 'Later, dated commitments made under this one, each with its own target.',
    listSeparator: ', ',
  },
  quotes: {
    source: 'Source:',
    sources: 'Sources:',
    unreliable: 'Unreliable source',
    unreliableTitle: 'Known to be wrong on some fact: we never rely on it alone.',
    joint: 'Joint statements',
    press: 'Press reports',
    other: 'Other sources',
    account: '{owner} account',
    bothGovernments: 'Both governments',
  },
  chart: {
    keyDates: 'Key dates',
    seeDay: 'See it as it stood at the end of this day',
    timelineDescription:
      'From {from} to {to}: {updates, plural, =0 {no status updates yet} one {# status update} other {# status updates}}, drawn as {lanes, plural, one {one lane} other {# lanes ({names})}}. The key dates below say the same in words.',
    noChanges: 'No status changes to draw yet.',
    statusDescription:
      'Stacked counts of commitments by status from {from} to {to}{hasEnd, select, yes {; at the end: {counts}.} other {.}} The table below gives every point.',
    countOfStatus: '{count} {status}',
    listSeparator: ', ',
    legend: 'Legend',
    numbers: 'The numbers behind the chart',
    pointByPoint: '{title}, point by point',
    atEndOf: 'At the end of',
    total: 'Total',
    overTimeTitle: 'Statuses of {title} commitments over time',
    asOfLabel: 'See it as it stood at the end of',
    show: 'Show',
  },
  asOf: {
    banner: 'As it stood at the end of <day></day>',
    seeToday: "see today's version",
    title: 'Read as of a date',
    pickRecord: 'Choose a brief or a commitment to read.',
    pickDay: 'Choose a day to read it as of.',
    dayFormat: 'Write the day as year-month-day, for example 2023-05-19.',
    tooEarly: "Accord's records start in {year}: choose a later day.",
    future: 'That day has not happened yet: choose a past day.',
    howTo:
      'Open a <link>brief</link> or a commitment and use its “See it as it stood at the end of” form.',
    howItWorks: 'How reading as of a date works',
    notFoundTitle: 'Page not found',
    notFound:
      'We have no page at this address. A day to read Accord as of is a past day written as year-month-day, such as 2023-05-19, from {earliest} up to today. A commitment made at a later meeting has no page for the days before it was made.',
    notFoundLinks:
      '<briefs>Go to the briefs</briefs> or read <how>how reading as of a date works</how>.',
    pageTitle: '{title}, as of {date}',
    moreTitle: '{name}: more commitments',
    moreHeading: '<name></name>: more commitments',
    moreTitleAsOf: '{name}: more commitments, as of {date}',
  },
  timeline: {
    meeting: 'Meeting',
    target: 'Target',
    today: 'Today',
    asOf: 'As of {date}',
    overall: 'Overall',
    madeAt: 'Made at {meeting}',
    targetDate: 'Target date ({target})',
    asOfDay: 'The day this page is read as of',
    rated: 'Rated {status}',
    still: 'Still {status}',
    plain: '{status}',
    partyRated: '{owner} part rated {status}',
    partyStill: '{owner} part still {status}',
    partyPlain: '{owner} part {status}',
  },
  /** Our own vocabulary (statuses, strengths, roles…), defined once in @accord/domain. */
  vocab: {
    statusDefinition: definitionsOf(STATUS_DEFINITIONS),
    strength: labelsOf(STRENGTH_DEFINITIONS),
    strengthDefinition: definitionsOf(STRENGTH_DEFINITIONS),
    role: labelsOf(PARTY_ROLE_DEFINITIONS),
    roleDefinition: definitionsOf(PARTY_ROLE_DEFINITIONS),
    attribution: labelsOf(ATTRIBUTION_DEFINITIONS),
    attributionDefinition: definitionsOf(ATTRIBUTION_DEFINITIONS),
    form: labelsOf(QUOTE_FORM_DEFINITIONS),
    formDefinition: definitionsOf(QUOTE_FORM_DEFINITIONS),
    lineage: labelsOf(LINEAGE_DEFINITIONS),
    lineageDefinition: definitionsOf(LINEAGE_DEFINITIONS),
  },
  meetings: {
    title: 'Meetings',
    description: 'The summits and meetings whose commitments Accord tracks.',
    lede: 'The summits and talks whose commitments we track, most recent first.',
    more: 'More meetings',
    alongside: 'held alongside the <link></link>',
    participants: 'Participants',
    context: 'Context',
    heldAlongside: 'Meetings held alongside',
    statusOf: 'Status of commitments made at {title}',
    none: 'None recorded as made at this meeting.',
    accounts: 'How each side described it',
    accountsIntro:
      'Each government published its own account of the meeting. Here they are side by side, topic by topic, in their own short words, with a note in ours on what differs. Each quote sits under the government that said it.',
    accountsLink: 'About accounts',
    accountsCaption: 'How each side described the meeting, topic by topic',
    topic: 'Topic',
    differs: 'What differs',
    notMentioned: 'Not mentioned in this account',
    restated: 'Commitments restated here',
    restatedIntro:
      'Commitments made at earlier meetings that this meeting stated again, sometimes in stronger or weaker words.',
    builtOn: 'Later commitments that build on this meeting',
    builtOnIntro: 'Commitments made later that continue what was said here.',
    madeAt: 'Made at <link></link>',
    restatedOn: 'Restated here on <date></date>',
    saidOn: 'Said here on <date></date>',
  },
  parties: {
    title: 'Parties',
    description:
      'Countries, organisations, companies and universities named in the commitments Accord tracks.',
    lede: 'Everyone a commitment names: those who made it, their partners, those it is for, and those it responds to.',
    caption: 'Parties and the number of commitments that name them',
    more: 'More parties',
    party: 'Party',
    kind: 'Kind',
    commitments: 'Commitments',
    country: 'Country',
    territory: 'Territory',
    organisation: 'Organisation',
    company: 'Company',
    university: 'University',
    involving:
      '{count, plural, one {# commitment} other {# commitments}} involving <party>{name}</party>',
  },
  sources: {
    title: 'Sources',
    description:
      'The reports, readouts and statements Accord quotes, with what it quotes from each.',
    lede: 'Every report and statement we quote, newest first. Each page lists exactly what we quote from it.',
    more: 'More sources',
    noPublisher: 'Publisher not named',
    noDate: 'date unknown',
    quotes: '{count, plural, one {# quote} other {# quotes}}',
    source: 'Source',
    pageTitle: 'Source: {title}',
    kind: 'Kind',
    publisher: 'Publisher',
    publisherUnknown: 'Not named in the copy we hold',
    published: 'Published',
    dateUnknown: 'Date unknown',
    link: 'Link',
    noLink: 'No public link recorded',
    reliability: 'Reliability',
    unreliable:
      'Known to be wrong on some fact. We keep it so readers can see we know of it, but never rely on it alone.',
    whatWeQuote: 'What we quote from it',
    for: 'for',
    news_report: 'News report',
    press_release: 'Press release',
    readout: 'Readout',
    joint_statement: 'Joint statement',
    transcript: 'Transcript',
    official_document: 'Official document',
  },
  /**
   * Our methodology. The Japanese text is the editors' translation of the English one (which
   * prevails): a change to either is a change to both, reviewed by an editor who reads both.
   */
  methodology: {
    title: 'Methodology',
    description:
      'How Accord records commitments, rates their status, attributes its quotes, sets accounts side by side and reads the record as of any date.',
    translationNote: '',
    lede: 'A commitment is something leaders said they would do, or a position they put on the record, at a meeting we track. We summarise each one in our own words, quote the source only in short exact phrases, say who the words come from, and rate progress with dated, sourced updates.',
    whatCounts: 'What counts as a commitment',
    whatCounts1:
      'We count a statement as a commitment when leaders say they will do something, or put a shared position on the record, in words a reader can later hold them to: they agreed, pledged, plan or reaffirmed. The strength of the verb is recorded with it (see below), so a firm pledge and a plan under study never look alike.',
    whatCounts2:
      "An agenda item is different. Leaders saying they <em>will discuss</em> a subject promise a conversation, not an outcome, so we do not count it as a pledge. Background of that kind goes into the meeting's context. When a discussion on the agenda produced documents that readers can check, we may keep it on record so that those documents can be followed: its language label then says how weak the wording was, and the documents are its delivery, not proof that a promise was kept.",
    statuses: 'Statuses',
    statuses1:
      "Every commitment starts as not yet rated. A status changes only with a dated update that gives its reasons and sources, so each commitment's history shows how we reached the current rating, and its status on any past date can be read from that history.",
    canMove: 'Can move to: {moves}.',
    final: 'Final: it does not change again.',
    pastTarget:
      'A commitment is <strong>past its target date</strong> when the period it names has ended and it is neither delivered nor abandoned. A target given as “at the earliest” is never past due.',
    strength: 'Strength of language',
    strength1:
      'The verb leaders chose matters: we record it, from the firmest to the most tentative.',
    attribution: 'Attribution',
    attribution1:
      "Each quote says who the words come from, in the source's own terms, and what kind of statement it is. The kind tells you how much weight the words can bear.",
    forms: 'Verbatim and reported quotes',
    accounts: "Each government's account",
    accounts1:
      "After a meeting, each government publishes its own account: a readout, a press release, a briefing. The accounts often stress different things, and what one side leaves out can matter as much as what it says. So each meeting page has a table, “How each side described it”, with one row per topic and one column per government. Each cell holds that government's own short words, with who said them and the source, and the last column says in our words what differs.",
    accounts2:
      "A quote belongs to the party that said it. On a commitment page the quotes are grouped the same way: joint statements, then each government's account, then press reports. Words one government used are never shown as both governments' words; only a statement both issued together counts as a joint one.",
    tracks: "Each party's line",
    tracks1:
      "Sometimes the parties to one commitment do not move together. Support for Ukraine is the example: Japan's aid continued without a break, while United States aid paused in March 2025 and then moved to a model paid for by allies. Where the records differ like this, a status update can assess one party's part, and the page shows each party's line with its own status and dated updates.",
    tracks2:
      "The overall status stays one call by the editors, explained in a sentence beside it. It is not an average of the parties' lines, and a party's line never changes it on its own.",
    lineage: 'Lineage',
    lineage1:
      "Few commitments are new. Most continue something said before and are said again at later meetings, sometimes in stronger or weaker words. A commitment's lineage links it to those meetings, each link with its date, its source and, where the source gives them, the short exact words used. Later meetings are records of their own: each lists the commitments restated there.",
    lineage2:
      'When a later meeting sets a new, dated task under an older commitment (a ministerial meeting within 180 days, say), that task becomes a sub-commitment with its own target and status, linked to the commitment it belongs to.',
    disputes: 'When sources disagree',
    disputes1:
      'Sources sometimes disagree on a figure, a date, or whether something happened at all: a newspaper reports a plan and a government denies it. We do not pick a side silently. The commitment page shows every side with its source, and a note in our words says which reading we use, if any, and why. We state neither side as fact. A dispute stays open until later or better sources settle it, and then the note says how.',
    unreliable: 'Unreliable sources',
    unreliable1:
      'Some sources are known to be wrong on a date, a figure or a name. We keep them where they matter, marked “Unreliable source”, so readers can see we know of them, but such a source never carries a fact on its own: it appears only beside a standard source, usually as one side of a dispute.',
    asOf: 'Reading the record as of a date',
    asOf1:
      'Every status comes from dated updates, so the record can be read as it stood at the end of any past day: which commitments had been made, their statuses, and whether any was past its target date then. Briefs and commitments have such dated pages, at addresses like these:',
    asOf2:
      "The day is written year-month-day and can be any day from {earliest} up to today; a day in the future has no page, since we record what has happened, not forecasts. A dated page says which day it shows, links to today's version, and keeps its links to other briefs and commitments on the same day. Each commitment page has a form to choose a day, and its timeline links each key date to the record as it stood then. The same reading is in the API: add <code>asOf=YYYY-MM-DD</code> to a request (see <link>Developers</link>).",
    asOf3:
      'A dated page shows the record as we have it now for that day. If we learn later of an event that happened before it, the dated page changes too: it is not an archive of what the site said at the time.',
    reviewed: 'Last reviewed',
    reviewed1:
      'Each commitment says when an editor last checked it against new sources: the day of its latest status update, or a later day on which an editor looked and found nothing that changes the rating. A commitment not reviewed for about six months ({days} days) is due for review, as is one whose target date is near or has just passed.',
    roles: 'Parties and their roles',
  },
  search: {
    title: 'Search',
    words: 'Words',
    theme: 'Theme',
    allThemes: 'All themes',
    status: 'Status',
    anyStatus: 'Any status',
    submit: 'Search',
    languageNote: '',
    tooLong: 'Your search is too long: search for at most {max} characters.',
    tooManyTerms:
      'Your search is too long: in Japanese, search for at most {max} pairs of characters.',
    unknown:
      'That {field, select, theme {theme} status {status} cursor {cursor} other {search}} is not one we know: choose from the list.',
    unreadable: 'We could not read that search: try other words.',
    hint: 'Type words from a commitment’s title, summary, tags or quotes, or the name of a party: for example <micron>Micron</micron> or <minerals>critical minerals</minerals>.',
    noMatch: 'No commitments match',
    noMatchBody:
      'Nothing published matches “{q}”. Try fewer or other words, or another theme or status.',
    japaneseHint:
      'This search is in English. Japanese words are found in the Japanese edition’s titles and summaries: <link>search for “{q}” in Japanese</link>.',
    results: 'Results',
    more: 'More results',
    headerLabel: 'Search commitments',
    headerButton: 'Search',
  },
  /**
   * The developers page (/developers, /ja/developers). The Japanese is the editors' translation
   * of the English, which prevails; what the page shows from the OpenAPI document stays in
   * English. Code, paths, headers and status codes are the same in both (in <code>); those
   * holding `<slug>` or braces, which are ICU syntax, are arguments.
   */
  developers: {
    title: 'Developers',
    description:
      'The Accord API over plain HTTP and JSON, its OpenAPI document, feeds of changes and bulk exports.',
    translationNote: '',
    lede: 'Everything on this site is also data: the same public, read-only API as JSON over plain HTTP for any language, feeds of what changed, and bulk exports. Only published records are ever returned.',
    onThisPage: 'On this page',
    rest: 'REST API',
    endpoints: 'Endpoints',
    errors: 'Errors and status codes',
    limits: 'Paging, caching and limits',
    apiKeys: 'Writing with an API key',
    feeds: 'Feeds',
    exports: 'Exports',
    rest1:
      'Base URL: <code>{base}</code>. Every endpoint is a <code>GET</code> answering JSON. The machine-readable description is the OpenAPI 3.1 document at <openapi></openapi>: generate a client from it, or read on. Try <example></example>.',
    rest2:
      'TypeScript programs can use the typed tRPC API at <code>/api/trpc</code> instead; it serves the same procedures with the same inputs.',
    parametersOf: 'Parameters of <op></op>',
    parameter: 'Parameter',
    in: 'In',
    type: 'Type',
    notes: 'Notes',
    // Each note is followed by the next without a separator: the English ends in a space.
    required: 'Required. ',
    defaultValue: 'Default {value}. ',
    responseFields: 'Response fields',
    fieldType: '<name></name>: {type}',
    answers: 'Answers: {statuses}.',
    listSeparator: ', ',
    errors1:
      'Every error from the REST API, the feeds and the exports has the same JSON shape. The <code>code</code> is stable and safe to branch on; the <code>message</code> is for people. Errors never include stack traces or other internals.',
    statusCaption: 'HTTP status codes and what they mean',
    status: 'Status',
    meaning: 'Meaning',
    ok: 'The data.',
    notModified:
      'Not modified: the <code>ETag</code> you sent in <code>If-None-Match</code> is still current. No body.',
    trpcErrors:
      "The tRPC endpoint answers errors in tRPC's own shape (<code>error.data.code</code>, <code>error.data.httpStatus</code>, <code>error.data.fieldErrors</code>) with the same status codes.",
    paging:
      '<strong>Paging.</strong> Every list takes <code>limit</code> (1–100, default 20) and answers <code>{page}</code>. Pass <code>nextCursor</code> back as <code>cursor</code> for the next page, unchanged; it is <code>null</code> on the last page. Cursors are opaque; a malformed one is a 400 naming <code>cursor</code>. The lists of themes, meetings, parties and sources also answer <code>total</code>: how many items the whole list holds.',
    caching:
      '<strong>Caching.</strong> Successful reads carry an <code>ETag</code> and <code>Cache-Control: public, max-age=60, stale-while-revalidate=300</code> (or <code>private, no-cache</code> when the request carries a cookie or <code>Authorization</code>). Send the ETag back in <code>If-None-Match</code> to get a <code>304 Not Modified</code> without a body. The same holds for tRPC queries over GET. Signed-out reads are answered from a cache of published data in each server process: a publish empties it, so the next read shows the change; otherwise an answer is kept at most 60 seconds (with several servers, one that did not handle the publish may serve the old answer for up to that long).',
    rateLimit:
      '<strong>Rate limit.</strong> Each client may make a burst of requests, then a steady number per minute (the <code>RateLimit-Policy</code> header says how many, e.g. <code>120;w=60;burst=60</code>). Beyond it you get a 429 with <code>Retry-After</code> in seconds. Clients are told apart by address.',
    requestSize:
      '<strong>Request size.</strong> Request bodies above 1 MiB (by default) get a 413; a tRPC batch may hold at most 10 calls (more is a 400).',
    cors: '<strong>CORS.</strong> The REST API, feeds and exports allow any origin (<code>Access-Control-Allow-Origin: *</code>, no credentials): they serve only public data and never read cookies. The tRPC endpoint does not.',
    apiKeys1:
      "Reads need no key. A script that does what an editor does (record a status update, edit a draft) calls the typed tRPC API at <code>/api/trpc</code> with an API key that an admin issued under <admin>Admin › API keys</admin>: <code>Authorization: Bearer acc_…</code> (the OpenAPI document describes it as the <code>apiKey</code> security scheme). The key acts as its owner, with the lower of its scope and the owner's role, so it may call exactly what that person may; more is a 403. An unknown, revoked or expired key, or another kind of <code>Authorization</code> header, is a 401 whose message says which. Each key has its own rate limit (429 with <code>Retry-After</code>), and every answer to a request with a key is <code>private, no-store</code>. In TypeScript: <code>{client}</code>; on the command line: <code>accord --token</code> or <code>ACCORD_TOKEN</code>.",
    feeds1:
      'The {size} newest changes, newest first: a commitment published, or a status update recorded. Each entry links to the commitment and names its theme (and the new status) as categories.',
    feedsAll: 'Everything: <atom></atom> (Atom) and <json></json> (JSON Feed 1.1)',
    feedsTheme:
      'One theme: <code>{atomPattern}</code> and <code>{jsonPattern}</code>, e.g. <example></example>',
    feedsOther:
      'In Japanese, each of them under <code>/ja</code>: <atom></atom>, <code>{jsonPattern}</code>… Entries link to the Japanese pages and show our Japanese titles and summaries where there are some; status notes stay in English until they are translated. Their ids end in <code>:ja</code>, so a reader subscribed to both languages keeps both.',
    exports1:
      'Every published commitment with its parties, quotes and status history, in one file:',
    exportJson:
      '<link></link>: <code>{shape}</code>, each commitment as in <code>{endpoint}</code> plus its <code>url</code>.',
    exportCsv:
      '<link></link>: one row per commitment, UTF-8, comma-separated, CRLF line ends, a header row. Text cells that start with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> (also after leading spaces, or as full-width signs), a tab or a carriage return get a leading apostrophe so spreadsheets do not run them as formulas. <code>accord export --format csv</code> writes the same.',
    exportCsvJa:
      '<link></link>: the same columns in Japanese: <code>url</code> links to the Japanese page, and <code>title</code> and <code>summary</code> are our Japanese translations where there are some (<code>title_translation</code> and <code>summary_translation</code> say which, and whether the English has changed since). The file starts with a byte order mark, so Excel opens it as UTF-8. The JSON export needs no Japanese copy: each commitment carries its <code>translations</code>.',
    exportsAsOf:
      '<code>asOf</code> (and the <code>X-Data-As-Of</code> and <code>Last-Modified</code> headers) is the last time any of the exported data changed. Both files are sent as they are read, a few hundred commitments at a time, so a download starts at once whatever the size; a transfer that stops early (the connection or the database failed) ends without its last chunk, so check that your client saw the whole body. Send the <code>ETag</code> back in <code>If-None-Match</code> to get a 304 when nothing changed. The columns of the CSV, in order; new ones are only ever added at the end:',
    columnsCaption: 'Columns of commitments.csv',
    column: 'Column',
    seeMethodology:
      'See the <link>methodology</link> for what statuses, strengths of language and attribution kinds mean.',
    datasetName: 'Accord: summit commitments, tracked',
    datasetDescription:
      'Commitments made by leaders at summits, with their status over time, exact short quotes with attribution, the parties concerned and the sources that reported them.',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

export const ja: Messages = {
  site: {
    skip: '本文へ移動',
    mainNav: 'メイン',
    moreNav: 'その他',
    briefs: 'テーマ別概要',
    meetings: '会議',
    parties: '当事者',
    sources: '出典',
    methodology: '方法論',
    developers: '開発者向け',
    footer:
      'Accordは合意内容を独自の言葉で要約し、出典からの引用は出所を明記した短い語句に限っています。各ステータスの意味は<link>方法論</link>をご覧ください。',
    language: '言語',
    breadcrumb: 'パンくずリスト',
    languageName: '日本語',
    listPage: '{list}（{pages}ページ中{page}ページ目）',
    listPageCrumb: '{page}ページ目',
    untranslated: 'この項目はまだ翻訳されていません。英語の原文を表示しています。',
    olderTranslation: 'この翻訳の後に英語の原文が更新されています。',
    noteUntranslated: '（未翻訳のため英語の原文）',
    noteOlder: '（この翻訳の後に英語の原文が更新されています）',
  },
  status: STATUS_LABELS.ja,
  brief: {
    theBrief: '概要',
    overTime: 'ステータスの推移',
    commitments: '合意 {count}件',
    statusOf: '{title}の合意のステータス',
    noneYet: '公開済みの合意はまだありません',
    noneYetSentence: '公開済みの合意はまだありません。',
    more: 'さらに表示',
    todaysText: 'この概要の本文は、今日の時点の編集部の文章です。',
    inAll: '（全{count}件）',
    target: '目標：{date}',
    by: '{parties}による',
    overdue: '目標期日超過',
  },
  home: {
    eyebrow: '首脳会談の合意を追跡',
    commitments: '合意 {count}件',
    aboutMeeting: '会議の概要と背景',
    briefsByTheme: 'テーマ別概要',
    intro:
      '公開済みの合意は{themes}テーマで計{total}件です。各テーマの概要では、何が約束されたか、誰の言葉か、どこまで進んだかを説明します。',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスのページはありません。合意・テーマ・会議の名前が変わったか、リンクが誤っている可能性があります。',
  },
  article: {
    status: 'ステータス',
    why: '理由：',
    language: '表現の強さ',
    target: '目標期日',
    noTarget: '明示なし',
    madeAt: '合意した会議',
    partOf: '上位の合意',
    lastReviewed: '最終確認日',
    notReviewed: '未確認',
    whatThisMeans: 'この項目の意味',
    tags: 'タグ',
    parties: '当事者',
    timeline: '経過',
    timelineOf: '「{title}」の経過',
    inTheirWords: '当事者の言葉',
    noQuotes: '引用はまだ記録されていません。',
    history: '履歴',
    noHistory: 'ステータスの更新はまだありません。この合意は未評価です。',
    partyPart: '{owner}の部分：',
    by: '記入：{author}',
    tracks: '当事者ごとの評価',
    tracksIntro:
      'この合意は当事者によって記録が異なるため、各当事者の部分を個別に評価しています。全体のステータスは編集部が一つに判断します：',
    tracksLink: '当事者ごとに評価する方法',
    trackLine: '{owner}の評価',
    disputes: '出典の間で食い違う点',
    disputesIntro:
      'それぞれの主張を出典とともに示します。どちらも事実とは断定せず、どの解釈を採るか（採る場合）とその理由を編集部注で説明します。',
    disputesLink: '食い違いの扱い方',
    raised: '提起：<date></date>',
    resolved: '解決済み',
    open: '未解決',
    ourNote: '編集部注：',
    lineage: '系譜',
    lineageIntro: 'この合意の由来と、その後に改めて表明された場面です。',
    lineageLink: '系譜について',
    sub: '下位の合意',
    subIntro: 'この合意のもとで後に結ばれた、期日付きの合意です。それぞれに目標があります。',
    listSeparator: '、',
  },
  quotes: {
    source: '出典：',
    sources: '出典：',
    unreliable: '信頼性に問題のある出典',
    unreliableTitle:
      '一部の事実に誤りがあると分かっている出典です。これだけを根拠にすることはありません。',
    joint: '共同声明',
    press: '報道',
    other: 'その他の出典',
    account: '{owner}側の説明',
    bothGovernments: '両政府',
  },
  chart: {
    keyDates: '主な日付',
    seeDay: 'この日の終わり時点の状態を見る',
    timelineDescription:
      '{from}から{to}まで：{updates, plural, =0 {ステータスの更新はまだありません} other {ステータスの更新{updates}件}}。{lanes, plural, =1 {1本の帯} other {{lanes}本の帯（{names}）}}で表示しています。下の主な日付で同じ内容を文章で示します。',
    noChanges: '表示できるステータスの変化はまだありません。',
    statusDescription:
      '{from}から{to}までの合意の数を、ステータス別に積み上げて表示しています{hasEnd, select, yes {（最終時点：{counts}）} other {}}。下の表ですべての時点の数値を示します。',
    countOfStatus: '{status} {count}件',
    listSeparator: '、',
    legend: '凡例',
    numbers: 'グラフの数値',
    pointByPoint: '{title}（時点ごと）',
    atEndOf: '時点（その日の終わり）',
    total: '合計',
    overTimeTitle: '{title}の合意のステータスの推移',
    asOfLabel: 'この日の終わり時点の状態を見る：',
    show: '表示',
  },
  asOf: {
    banner: '<day></day>の終わり時点の状態',
    seeToday: '今日の版を見る',
    title: '日付を指定して読む',
    pickRecord: '読みたいテーマ別概要か合意を選んでください。',
    pickDay: '表示する日付を選んでください。',
    dayFormat: '日付は年-月-日の形で入力してください（例：2023-05-19）。',
    tooEarly: 'Accordの記録は{year}年から始まります。それより後の日を選んでください。',
    future: 'その日はまだ来ていません。過去の日を選んでください。',
    howTo:
      '<link>テーマ別概要</link>か合意を開き、「この日の終わり時点の状態を見る」フォームを使ってください。',
    howItWorks: '日付を指定して記録を読む方法',
    notFoundTitle: 'ページが見つかりません',
    notFound:
      'このアドレスのページはありません。日付は、{earliest}から今日までの過去の日を、2023-05-19のように年-月-日の形で指定してください。後の会議でなされた合意には、その合意がなされる前の日のページはありません。',
    notFoundLinks:
      '<briefs>テーマ別概要へ</briefs>、または<how>日付を指定して記録を読む方法</how>をご覧ください。',
    pageTitle: '{title}（{date}時点）',
    moreTitle: '{name}：合意の続き',
    moreHeading: '<name></name>：合意の続き',
    moreTitleAsOf: '{name}：合意の続き（{date}時点）',
  },
  timeline: {
    meeting: '会議',
    target: '目標',
    today: '今日',
    asOf: '{date}時点',
    overall: '全体',
    madeAt: '{meeting}で合意',
    targetDate: '目標期日（{target}）',
    asOfDay: 'このページが示す時点',
    rated: '{status}と評価',
    still: '引き続き{status}',
    plain: '{status}',
    partyRated: '{owner}の部分を{status}と評価',
    partyStill: '{owner}の部分は引き続き{status}',
    partyPlain: '{owner}の部分：{status}',
  },
  vocab: {
    statusDefinition: {
      not_yet_rated:
        '合意は記録済みですが、取り組みが始まったかどうかを判断できるだけの根拠がまだ見つかっていません。',
      in_progress:
        '合意の実現に向けた具体的な措置（資金拠出、法整備、協定、建設、会合の開催など）を示す出典付きの根拠がありますが、まだ達成されていません。',
      partially_delivered:
        '約束の一部は実行されましたが、相当部分が実行されていないか、約束より弱い形で実行されました。',
      delivered: '約束された内容が、約束された形で、実質的に約束どおりの条件で実行されました。',
      stalled:
        '取り組みが始まった、または予定されていたものの止まっているか、期限を過ぎても動きが見られません。再開する可能性はあります。',
      abandoned: '当事者が約束を撤回したか、状況の変化により約束どおりの実現が不可能になりました。',
    },
    strength: {
      committed: '約束',
      agreed: '合意',
      reaffirmed: '再確認',
      affirmed: '確認',
      recognized: '認識',
      plans: '予定',
      supports: '支持',
      considering: '検討中',
    },
    strengthDefinition: {
      committed: '当事者が行動を約束または誓約すると述べたもの。首脳が用いる最も強い表現です。',
      agreed: '当事者が共に行動することで合意に達したもの（当事者自身の発表または報道による）。',
      reaffirmed:
        '以前の約束や共通の立場を改めて表明したもの。新しい内容というより継続を示します。',
      affirmed: '当事者が決意や立場を表明したもの。具体的な成果は伴いません。',
      recognized:
        '当事者が事実や原則（たとえば何かが不可欠であること）を認めたもの。立場の表明です。',
      plans: '当事者が将来、具体的な行動をとる意向を発表したもの。',
      supports: '当事者が、方法は示さずに、ある取り組みを引き続き支援すべきだと述べたもの。',
      considering: '決定前に報じられた、検討段階の選択肢。記録する表現のうち最も弱いものです。',
    },
    role: {
      committer: '約束した当事者',
      partner: '協力者',
      beneficiary: '受益者',
      subject: '対象',
    },
    roleDefinition: {
      committer: 'この合意を約束し、その履行に責任を負う当事者。',
      partner: '自らは約束していないものの、実施に加わるとされる当事者。',
      beneficiary: 'この合意によって利益を受ける当事者。',
      subject:
        'この合意が対象とする当事者。合意は、この当事者やその行動に対応してなされたものです。',
    },
    attribution: {
      joint_statement: '共同声明',
      government_readout: '政府発表',
      on_record_remark: '公の場での発言',
      anonymous_official: '匿名の当局者',
      diplomatic_sources: '外交筋',
      press_report: '報道',
    },
    attributionDefinition: {
      joint_statement:
        '両国（または全当事国）の政府が共同で発表・承認した言葉。共同声明や、「日米両政府によると」とされる共通の説明などです。',
      government_readout:
        '一方の政府自身による会談の説明。ホワイトハウスや外務省など、名前の明らかな機関による報道発表、会談概要、ブリーフィングです。',
      on_record_remark:
        '名前の明らかな人物が公の場で述べた言葉。たとえば報道陣の前で行われた会談冒頭の発言です。',
      anonymous_official:
        '匿名を条件に語り、所属する政府だけが示される当局者（「日本政府関係者によると」）。',
      diplomatic_sources:
        '名前を伏せた外交筋。最も弱い帰属です。未発表の計画を知る手がかりにはなりますが、決定の証拠にはなりません。',
      press_report: '記事が出所を示していない、報道機関自身による説明。',
    },
    form: {
      verbatim: '直接引用',
      reported: '間接引用',
    },
    formDefinition: {
      verbatim: '出典が、話者自身の言葉として引用符で示しているもの。',
      reported:
        '発言したとされる当事者が述べた内容を、出典が自らの言葉で言い表したもの。引用しているのは出典の言葉そのままで、話者の言葉ではありません。',
    },
    lineage: {
      builds_on: '先行する会議・合意',
      restated_in: '再表明',
    },
    lineageDefinition: {
      builds_on: '同じ、または似た約束をした以前の会議や合意。流れの出発点です。',
      restated_in:
        'この約束を改めて表明した、その後の会議や文書。より強い、または弱い表現になることもあります。',
    },
  },
  meetings: {
    title: '会議',
    description: 'Accordが合意を追跡している首脳会談と会議の一覧です。',
    lede: '合意を追跡している首脳会談と会談の一覧です（新しい順）。',
    more: '会議をさらに表示',
    alongside: '<link></link>と併せて開催',
    participants: '出席者',
    context: '背景',
    heldAlongside: '併せて開かれた会議',
    statusOf: '{title}でなされた合意のステータス',
    none: 'この会議でなされた合意の記録はありません。',
    accounts: '各国の説明の比較',
    accountsIntro:
      '各国政府はそれぞれ会議についての説明を発表しました。ここでは項目ごとに、各政府自身の短い言葉を並べ、何が異なるかを編集部の言葉で注記しています。引用は、それを述べた政府の列に置いています。',
    accountsLink: '説明の比較について',
    accountsCaption: '会議についての各国の説明（項目別）',
    topic: '項目',
    differs: '異なる点',
    notMentioned: 'この説明では触れられていません',
    restated: 'この会議で再表明された合意',
    restatedIntro:
      '以前の会議でなされ、この会議で改めて表明された合意です。表現が強まったり弱まったりしていることもあります。',
    builtOn: 'この会議を引き継ぐその後の合意',
    builtOnIntro: 'この会議で述べられたことを引き継いで、その後になされた合意です。',
    madeAt: '合意した会議：<link></link>',
    restatedOn: '<date></date>にこの会議で再表明',
    saidOn: '<date></date>にこの会議で表明',
  },
  parties: {
    title: '当事者',
    description: 'Accordが追跡する合意に登場する国、機関・団体、企業、大学の一覧です。',
    lede: '合意に名前が挙がるすべての当事者です。約束した側、協力者、受益者、そして合意が対応する相手を含みます。',
    caption: '当事者と、その名前が挙がる合意の数',
    more: '当事者をさらに表示',
    party: '当事者',
    kind: '種類',
    commitments: '合意の数',
    country: '国',
    territory: '地域',
    organisation: '機関・団体',
    company: '企業',
    university: '大学',
    involving: '<party>{name}</party>が関わる合意 {count}件',
  },
  sources: {
    title: '出典',
    description: 'Accordが引用する報道、会談概要、声明と、それぞれから引用している内容です。',
    lede: '引用しているすべての報道と声明です（新しい順）。各ページに、その出典から引用している箇所をすべて示します。',
    more: '出典をさらに表示',
    noPublisher: '発行元の記載なし',
    noDate: '日付不明',
    quotes: '引用 {count}件',
    source: '出典',
    pageTitle: '出典：{title}',
    kind: '種類',
    publisher: '発行元',
    publisherUnknown: '保管している版には記載がありません',
    published: '発行日',
    dateUnknown: '不明',
    link: 'リンク',
    noLink: '公開リンクの記録はありません',
    reliability: '信頼性',
    unreliable:
      '一部の事実に誤りがあると分かっている出典です。その存在を把握していることを読者に示すため記録していますが、これだけを根拠にすることはありません。',
    whatWeQuote: 'この出典からの引用',
    for: '対象の合意：',
    news_report: '報道記事',
    press_release: '報道発表',
    readout: '会談概要',
    joint_statement: '共同声明',
    transcript: '発言録',
    official_document: '公式文書',
  },
  methodology: {
    title: '方法論',
    description:
      'Accordが合意をどのように記録し、ステータスを評価し、引用の出所を示し、各国の説明を並べ、任意の日付時点の記録を示しているかを説明します。',
    translationNote:
      'このページは英語版「Methodology」をAccord編集部が日本語に訳したものです。両者に違いがある場合は英語版が優先します。',
    lede: '合意とは、Accordが追跡する会議で首脳が行うと述べたこと、または公式に表明した立場のことです。私たちはそれぞれを独自の言葉で要約し、出典からは短い語句だけをそのまま引用し、その言葉が誰のものかを示し、日付と出典のある更新によって進み具合を評価します。',
    whatCounts: '何を合意として数えるか',
    whatCounts1:
      '首脳が何かを行うと述べたとき、あるいは共通の立場を公式に表明したときに、読者が後でその言葉を根拠に責任を問えるような表現（合意した、約束した、予定している、再確認した）であれば、その発言を合意として数えます。動詞の強さも併せて記録するため（下記参照）、確固とした約束と検討段階の計画が同じに見えることはありません。',
    whatCounts2:
      '議題は別です。首脳がある事柄について<em>協議する</em>と述べても、約束しているのは話し合いであって成果ではないため、誓約としては数えません。そうした背景は会議の「背景」に記します。議題となった協議から読者が確認できる文書が生まれた場合は、その文書をたどれるよう記録に残すことがあります。その場合、表現の強さの表示がどれほど弱い言い回しだったかを示し、文書はその成果であって、約束が守られた証拠ではありません。',
    statuses: 'ステータス',
    statuses1:
      'すべての合意は「未評価」から始まります。ステータスは、理由と出典を示した日付付きの更新によってのみ変わります。そのため各合意の履歴から現在の評価に至った経緯がわかり、過去の任意の日付時点のステータスもその履歴から読み取れます。',
    canMove: '移行できるステータス：{moves}。',
    final: '確定：これ以上変わりません。',
    pastTarget:
      '合意が目標として示す期間が終わり、実現も断念もされていない場合、その合意は<strong>目標期日超過</strong>となります。「早くても」と示された目標が期日超過になることはありません。',
    strength: '表現の強さ',
    strength1:
      '首脳がどの動詞を選んだかは重要です。最も強い表現から最も慎重な表現まで、その違いを記録します。',
    attribution: '帰属（誰の言葉か）',
    attribution1:
      '各引用には、その言葉が誰のものかを出典自身の表現で示し、どのような種類の発言かを添えます。種類によって、その言葉がどれほどの重みを持つかがわかります。',
    forms: '直接引用と間接引用',
    accounts: '各国政府の説明',
    accounts1:
      '会議の後、各国政府はそれぞれ会談概要、報道発表、ブリーフィングといった独自の説明を発表します。説明はしばしば異なる点を強調し、一方が触れなかったことが、述べたことと同じくらい重要な場合もあります。そこで各会議のページには「各国の説明の比較」という表を設け、項目ごとに1行、政府ごとに1列を割り当てています。各欄にはその政府自身の短い言葉を、誰が述べたかと出典とともに示し、最後の列で何が異なるかを編集部の言葉で説明します。',
    accounts2:
      '引用は、それを述べた当事者のものです。合意のページでも引用は同じように、共同声明、各国政府の説明、報道の順にまとめています。一方の政府が用いた言葉を両政府の言葉として示すことはありません。共同声明として数えるのは、両者が共同で発表したものだけです。',
    tracks: '当事者ごとの評価',
    tracks1:
      '一つの合意の当事者が、足並みをそろえて動くとは限りません。ウクライナ支援がその例です。日本の支援は途切れることなく続いた一方、米国の支援は2025年3月に停止し、その後は同盟国が費用を負担する方式に移りました。このように記録が異なる場合、ステータスの更新で一方の当事者の部分だけを評価することができ、ページには当事者ごとの評価を、それぞれのステータスと日付付きの更新とともに示します。',
    tracks2:
      '全体のステータスは編集部が一つに判断し、その横に一文で理由を説明します。当事者ごとの評価の平均ではなく、一方の当事者の評価だけで全体が変わることもありません。',
    lineage: '系譜',
    lineage1:
      'まったく新しい合意はわずかです。多くは以前に述べられたことを引き継ぎ、その後の会議で、ときに強い、あるいは弱い表現で改めて述べられます。合意の系譜は、それをそうした会議と結びつけます。各リンクには日付と出典、そして出典に示されている場合は、実際に使われた短い言葉を添えます。その後の会議もそれぞれ独自の記録であり、そこで再表明された合意を一覧にしています。',
    lineage2:
      'その後の会議が、以前の合意のもとに期日付きの新たな課題（たとえば180日以内の閣僚会合）を設けた場合、その課題は独自の目標とステータスを持つ下位の合意となり、それが属する合意と結びつけられます。',
    disputes: '出典の間で食い違うとき',
    disputes1:
      '出典は、数字や日付、あるいはそもそも何かが起きたかどうかについて食い違うことがあります。新聞が計画を報じ、政府がそれを否定する場合などです。私たちは黙って一方を選ぶことはしません。合意のページにはそれぞれの主張を出典とともに示し、どの解釈を採るか（採る場合）とその理由を編集部の言葉で注記します。どちらの主張も事実とは断定しません。食い違いは、後の出典やより確かな出典によって決着するまで未解決のままとし、決着した場合はその経緯を注記で説明します。',
    unreliable: '信頼性に問題のある出典',
    unreliable1:
      '日付、数字、名前などに誤りがあると分かっている出典もあります。必要な場合にはそうした出典も「信頼性に問題のある出典」と表示して残し、私たちがその存在を把握していることを読者に示します。ただし、そうした出典だけで事実を示すことはなく、通常の出典と並べて、多くは食い違いの一方の主張として示すだけです。',
    asOf: '日付を指定して記録を読む',
    asOf1:
      'すべてのステータスは日付付きの更新から導かれるため、記録は過去の任意の日の終わり時点の状態で読むことができます。その時点でどの合意がなされていたか、それぞれのステータス、そして目標期日を過ぎていたものがあるかどうかです。テーマ別概要と合意には、次のようなアドレスで日付付きのページがあります（日本語版はアドレスの先頭に /ja が付きます）：',
    asOf2:
      '日付は年-月-日の形で書き、{earliest}から今日までの任意の日を指定できます。私たちが記録するのは起きたことであって予測ではないため、未来の日付のページはありません。日付付きのページは、どの日の状態かを示し、今日の版へのリンクを置き、他のテーマ別概要や合意へのリンクも同じ日付のままにします。各合意のページには日付を選ぶフォームがあり、経過の図では主な日付からその時点の記録へリンクしています。同じ読み方はAPIでも可能です。リクエストに<code>asOf=YYYY-MM-DD</code>を加えてください（<link>開発者向け</link>を参照）。',
    asOf3:
      '日付付きのページは、その日について私たちが現在把握している記録を示します。その日より前に起きた出来事を後で知った場合は、日付付きのページも変わります。当時サイトに何が書かれていたかを保存したアーカイブではありません。',
    reviewed: '最終確認日',
    reviewed1:
      '各合意には、編集者が新しい出典と照らし合わせて最後に確認した日を示します。最新のステータス更新の日、またはそれ以降に編集者が確認し、評価を変える材料が見つからなかった日です。約6か月（{days}日）確認されていない合意は見直しの対象となり、目標期日が近い、あるいは過ぎたばかりの合意も同様です。',
    roles: '当事者とその役割',
  },
  search: {
    title: '検索',
    words: '検索語',
    theme: 'テーマ',
    allThemes: 'すべてのテーマ',
    status: 'ステータス',
    anyStatus: 'すべてのステータス',
    submit: '検索',
    languageNote:
      '日本語の語は、合意の日本語のタイトルと要約から探します（文字の並びで照合）。英語の語は英語の記録（タイトル、要約、タグ、引用、当事者名）から探します。',
    tooLong: '検索語が長すぎます。{max}文字以内で検索してください。',
    tooManyTerms: '検索語が長すぎます。日本語の検索語は{max}組（2文字ずつ）以内にしてください。',
    unknown:
      '{field, select, theme {そのテーマ} status {そのステータス} cursor {その続きの位置} other {その検索条件}}は見つかりません。一覧から選んでください。',
    unreadable: 'この検索語は読み取れませんでした。別の言葉でお試しください。',
    hint: '合意のタイトルや要約の言葉を日本語で、またはタグ、引用、当事者の名前を英語で入力してください。例：<micron>半導体</micron>、<minerals>重要鉱物</minerals>。',
    noMatch: '該当する合意はありません',
    noMatchBody:
      '「{q}」に一致する公開済みの合意はありません。言葉を減らすか別の言葉にするか、別のテーマやステータスでお試しください。',
    japaneseHint: '<link>「{q}」を日本語版で検索する</link>',
    results: '検索結果',
    more: 'さらに表示',
    headerLabel: '合意を検索',
    headerButton: '検索',
  },
  developers: {
    title: '開発者向け',
    description:
      'AccordのデータをHTTPとJSONで提供するAPI、そのOpenAPI文書、変更を伝えるフィード、一括エクスポートについて説明します。',
    translationNote:
      'このページは英語版「Developers」をAccord編集部が日本語に訳したものです。両者に違いがある場合は英語版が優先します。各エンドポイントの概要と説明、パラメーターの説明はOpenAPI文書から生成しているため、英語のまま表示しています。',
    lede: 'このサイトの情報は、すべてデータとしても利用できます。サイトと同じ公開の読み取り専用APIを、どのプログラミング言語からでも使えるHTTPとJSONで提供しているほか、変更を伝えるフィードと一括エクスポートもあります。返すのは公開済みの記録だけです。',
    onThisPage: 'このページの内容',
    rest: 'REST API',
    endpoints: 'エンドポイント',
    errors: 'エラーとステータスコード',
    limits: 'ページング、キャッシュ、制限',
    apiKeys: 'APIキーによる書き込み',
    feeds: 'フィード',
    exports: 'エクスポート',
    rest1:
      'ベースURLは<code>{base}</code>です。エンドポイントはすべて<code>GET</code>で、JSONを返します。機械可読な仕様は<openapi></openapi>にあるOpenAPI 3.1文書です。この文書からクライアントを生成することも、以下の説明を読んで使うこともできます。たとえば<example></example>を開いてみてください。',
    rest2:
      'TypeScriptのプログラムからは、代わりに<code>/api/trpc</code>の型付きtRPC APIを使うこともできます。同じプロシージャを、同じ入力で提供しています。',
    parametersOf: '<op></op>のパラメーター',
    parameter: 'パラメーター',
    in: '場所',
    type: '型',
    notes: '説明',
    required: '必須。',
    defaultValue: '既定値は{value}。',
    responseFields: 'レスポンスのフィールド',
    fieldType: '<name></name>：{type}',
    answers: '返すステータスコード：{statuses}。',
    listSeparator: '、',
    errors1:
      'REST API、フィード、エクスポートのエラーは、すべて同じ形のJSONで返します。<code>code</code>は変わることがないため、プログラムの分岐に使えます。<code>message</code>は人が読むためのものです。エラーにスタックトレースなどの内部情報が含まれることはありません。',
    statusCaption: 'HTTPステータスコードとその意味',
    status: 'ステータス',
    meaning: '意味',
    ok: 'データを返します。',
    notModified:
      '変更なし：<code>If-None-Match</code>で送った<code>ETag</code>が、今も最新です。本文はありません。',
    trpcErrors:
      'tRPCのエンドポイントは、エラーをtRPC独自の形（<code>error.data.code</code>、<code>error.data.httpStatus</code>、<code>error.data.fieldErrors</code>）で、同じステータスコードとともに返します。',
    paging:
      '<strong>ページング：</strong>一覧を返すエンドポイントはすべて<code>limit</code>（1～100、既定値は20）を受け付け、<code>{page}</code>を返します。次のページを取得するには、<code>nextCursor</code>の値を変更せずに<code>cursor</code>として送り返してください。最後のページでは<code>nextCursor</code>が<code>null</code>になります。カーソルは不透明な値なので、中身を解釈せずにそのまま使ってください。形式が正しくないカーソルを送ると、<code>cursor</code>を誤りのあるフィールドとして示す400が返ります。テーマ、会議、当事者、出典の一覧は、一覧全体の件数を示す<code>total</code>も返します。',
    caching:
      '<strong>キャッシュ：</strong>成功した読み取りのレスポンスには<code>ETag</code>と<code>Cache-Control: public, max-age=60, stale-while-revalidate=300</code>が付きます（リクエストにCookieか<code>Authorization</code>がある場合は<code>private, no-cache</code>）。ETagを<code>If-None-Match</code>で送り返すと、本文のない<code>304 Not Modified</code>が返ります。GETで送るtRPCのクエリも同じです。ログインしていない読み取りには、各サーバープロセスが持つ公開データのキャッシュからレスポンスを返します。記録が公開されるとこのキャッシュはクリアされ、次の読み取りで変更が反映されます。それ以外の場合、レスポンスは最長60秒キャッシュされます（サーバーが複数ある場合、その公開を処理しなかったサーバーは、最長でその間、古いレスポンスを返すことがあります）。',
    rateLimit:
      '<strong>レート制限：</strong>各クライアントは、まず一定数のリクエストを一度に送ることができ、その後は1分あたり一定の数までです（その数は<code>RateLimit-Policy</code>ヘッダーが示します。例：<code>120;w=60;burst=60</code>）。これを超えると429が返り、<code>Retry-After</code>が待つべき秒数を示します。クライアントは接続元のアドレスで区別します。',
    requestSize:
      '<strong>リクエストの大きさ：</strong>1 MiB（既定値）を超えるリクエスト本文は413になります。tRPCのバッチに含められる呼び出しは最大10件です（それを超えると400）。',
    cors: '<strong>CORS：</strong>REST API、フィード、エクスポートは、どのオリジンからも利用できます（<code>Access-Control-Allow-Origin: *</code>、資格情報なし）。公開データだけを提供し、Cookieを読むことがないためです。tRPCのエンドポイントは対象外です。',
    apiKeys1:
      '読み取りにキーは必要ありません。編集者と同じ操作（ステータス更新の記録、下書きの編集など）を行うスクリプトは、管理者が管理画面の<admin>Admin › API keys</admin>で発行したAPIキーを付けて、<code>/api/trpc</code>の型付きtRPC APIを呼び出します：<code>Authorization: Bearer acc_…</code>（OpenAPI文書では<code>apiKey</code>セキュリティスキームとして記載しています）。キーは所有者として動作し、権限はキーのスコープと所有者のロールのうち低い方になります。つまり、その人に許された操作だけを呼び出すことができ、それを超えると403になります。不明なキー、失効したキー、期限切れのキー、あるいは別の種類の<code>Authorization</code>ヘッダーは401になり、どれに当たるかをメッセージが示します。キーごとに独自のレート制限があり（超えると<code>Retry-After</code>付きの429）、キーを付けたリクエストへの応答はすべて<code>private, no-store</code>です。TypeScriptでは<code>{client}</code>を、コマンドラインでは<code>accord --token</code>または<code>ACCORD_TOKEN</code>を使います。',
    feeds1:
      '最新の{size}件の変更を、新しい順に配信します。変更とは、合意の公開と、ステータス更新の記録です。各項目は合意にリンクし、そのテーマ（と新しいステータス）をカテゴリーとして示します。日本語のフィードの項目は日本語のページにリンクし、翻訳がある場合は私たちの日本語のタイトルと要約を示します。ステータスの注記は、翻訳されるまで英語のままです。',
    feedsAll: 'すべての変更：<atom></atom>（Atom）と<json></json>（JSON Feed 1.1）',
    feedsTheme:
      'テーマ別：<code>{atomPattern}</code>と<code>{jsonPattern}</code>（例：<example></example>）',
    feedsOther:
      '英語のフィードは、それぞれ<code>/ja</code>を除いたアドレスにあります：<atom></atom>、<code>{jsonPattern}</code>など。その項目は英語のページにリンクします。日本語のフィードの項目のIDは<code>:ja</code>で終わるため、両方の言語を購読しても、それぞれの項目が残ります。',
    exports1:
      '公開済みのすべての合意を、当事者、引用、ステータスの履歴とともに、一つのファイルにまとめています：',
    exportJson:
      '<link></link>：<code>{shape}</code>の形のJSONです。各合意は<code>{endpoint}</code>と同じ形で、<code>url</code>が加わります。JSONには日本語版のファイルはありません。各合意が翻訳（<code>translations</code>）を含んでいるためです。',
    exportCsv:
      '<link></link>：英語のCSVです。列は日本語のCSVと同じで、<code>url</code>は英語のページ、<code>title</code>と<code>summary</code>は英語です（<code>title_translation</code>と<code>summary_translation</code>は空）。バイトオーダーマークはありません。<code>accord export --format csv</code>でも同じファイルを書き出せます。',
    exportCsvJa:
      '<link></link>：日本語のCSVです。合意1件につき1行で、UTF-8、カンマ区切り、改行はCRLF、先頭に見出しの行があります。<code>url</code>は日本語のページへのリンクで、<code>title</code>と<code>summary</code>は、翻訳がある場合は私たちの日本語訳です（どちらなのか、また翻訳の後に英語が変わったかどうかは、<code>title_translation</code>と<code>summary_translation</code>が示します）。ファイルの先頭にバイトオーダーマーク（BOM）があるため、ExcelでもUTF-8として開けます。<code>=</code>、<code>+</code>、<code>-</code>、<code>@</code>（前に空白がある場合や、全角の記号も含む）、タブ、復帰文字で始まるテキストのセルには、表計算ソフトが数式として実行しないよう、先頭にアポストロフィを付けています。<code>accord export --format csv --lang ja</code>でも同じファイルを書き出せます。',
    exportsAsOf:
      '<code>asOf</code>（と<code>X-Data-As-Of</code>、<code>Last-Modified</code>ヘッダー）は、エクスポートされるデータのいずれかが最後に変わった日時です。どのファイルも、数百件ずつ読み出しながら送るため、大きさにかかわらずダウンロードはすぐに始まります。途中で止まった転送（接続やデータベースの障害による）は最後のチャンクがないまま終わるため、クライアントが本文をすべて受け取ったかどうかを確かめてください。<code>ETag</code>を<code>If-None-Match</code>で送り返すと、何も変わっていない場合は304が返ります。CSVの列は次のとおりです（この順）。新しい列は必ず末尾に追加します：',
    columnsCaption: 'commitments.csvの列',
    column: '列',
    seeMethodology: 'ステータス、表現の強さ、帰属の種類の意味は<link>方法論</link>をご覧ください。',
    datasetName: 'Accord：首脳会談の合意を追跡',
    datasetDescription:
      '首脳会談で首脳が行った合意を、ステータスの推移、出所を明記した短く正確な引用、関係する当事者、それを報じた出典とともに収録しています。',
  },
};
