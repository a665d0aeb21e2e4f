import {
  ACTION_VERBS,
  FUNDING_CUES,
  FUNDING_WORDS,
  ATTRIBUTION_PHRASES,
  ATTRIBUTION_PRIORITY,
  type AttributionKind,
  type CommitmentStrength,
  CUE_BLOCKERS,
  type DatePrecision,
  ITINERARY_VERBS,
  PARTY_NAMES,
  type Proposal,
  type ProposalSource,
  type ProposeResult,
  SOURCE_KIND_ATTRIBUTION,
  SPEAKER_TITLES,
  SPEECH_VERBS,
  STRENGTH_CUES,
  TARGET_PHRASES,
  type TargetQualifier,
  type TextSpan,
  THEME_WORDS,
} from '@accord/domain';
import { compilePhrases, findAll, leftmostLongest, type Match, phrasePattern } from './phrases';
import { analyse, type Token } from './sentences';
import { MESSAGES, prepareText } from './text';

// ---- compiled lexicons (once per process) ---------------------------------------------------

const CUES = compilePhrases(
  STRENGTH_CUES.map((c) => ({ phrase: c.phrase, value: c.strength })),
  () => false,
  { parenthetical: true },
);
/** A cue without the parenthetical before its "to" ("decided, with Denmark, to"). */
function bareCue(cue: string): string {
  return cue.replace(/\s*,\s+[^,]*,(?=\s+to$)/iu, '');
}
/** A question (a reporter's, in a transcript): nothing in it is a commitment. */
const QUESTION = /\?[\s"“”'’)]*$/u;
/** "Asked whether Washington would revoke …, Whitcomb said": the question, not an answer. */
const ASKED_LEAD = /^\s*["“]?Asked\s+(?:whether|if|about|when|why|how|what)\b[^,]*,/iu;
/**
 * A meeting scheduled, not a step promised: "will host the next ministerial meeting", "will
 * hold a first meeting on the mechanism in February". Only after "will"/"would", and only for
 * a next, first or dated meeting ("agreed to hold regular talks" stays a commitment).
 */
const SCHEDULED_MEETING =
  /^\s+(?:also\s+)?(?:hold|host|chair|convene|organi[sz]e)\s+(?:(?:the|a|an|its|their)\s+)?(?:next|first|inaugural|second|third|upcoming|\d{4})\b(?:\s+[\p{L}-]+){0,3}?\s+(?:meeting|summit|session|ministerial|conference|round|gathering|dialogue)s?\b/iu;
/**
 * "welcomed the President of the Philippines to Canberra": a guest received, not support given
 * ("welcomed the Prime Minister's decision to" stays support).
 */
const WELCOMED_GUEST = new RegExp(
  `^\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}?(?:${[...SPEAKER_TITLES].join('|')})\\b(?!['’]s)(?:\\s+(?!to\\b)[\\p{L}'’.-]+){0,5}\\s+to\\s+(?:the\\s+)?\\p{Lu}`,
  'iu',
);
/**
 * History: a past-tense cue dated in an earlier year than the source ("signed a memorandum on
 * early warning in 2023", "In 2022, the two sides agreed"). Needs the source's date.
 */
const PAST_YEAR =
  /(?<![\p{L}])in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)(?!\d)/iu;
const FUTURE_CUE = /^(?:will|would|shall|is to|are to|(?:is|are|am) going to)\b/iu;
const BLOCKER_BEFORE = new RegExp(
  `(?:${CUE_BLOCKERS.map((b) => phrasePattern(b)).join('|')})\\s+(?:\\p{L}+ly\\s+)?$`,
  'iu',
);
const ITINERARY_AFTER_WILL = new RegExp(
  `^\\s+(?:\\p{L}+ly\\s+|also\\s+|not\\s+)?(?:${ITINERARY_VERBS.join('|')})\\b`,
  'iu',
);
/** "will be set up", "would be reviewed": a passive, so "be" is no schedule. */
const PASSIVE_AFTER =
  /^\s+be\s+(?:\p{L}+(?:ed|en)|set|built|sent|spent|paid|made|put|cut|kept|brought|sought|bought|led|run)\b/iu;
/** A condition in the sentence: "would" in it is hypothetical. */
const CONDITIONAL = /(?<![\p{L}])(?:if|unless|provided that|should it)(?![\p{L}])/iu;
/**
 * Cues a condition makes hypothetical: "would", an offer ("stood ready to … if needed",
 * "prepared to", "willing to", "would welcome"), and an option kept open ("has not ruled out
 * sending more if Kyiv asks").
 */
const CONDITIONAL_CUE =
  /^(?:would(?: welcome| support)?|ready to|prepared to|willing to|(?:has|have|had)?n['’]t ruled out|(?:not|never) ruled out|not rul(?:e|ing) out|(?:did|wo|would)n['’]t rule out|would not rule out|(?:refused|declined) to rule out)$/iu;
/**
 * Cues that count only before a verb, never before a schedule or "be": "will", "is going
 * to", "hope to visit" (a trip), "determined to be" (a finding, not resolve).
 */
const VERB_CUE =
  /^(?:will|would|shall|is to|are to|(?:is|are|am) going to|hopes? to|hoping to|determined to|(?:we|they|i)['’]ll|(?:we|they)['’]re going to|i['’]m going to)$/iu;
/** "he added", "she said": a pronoun speaking, the person who spoke last. */
const PRONOUN_SPEAKING = new RegExp(
  `(?<![\\p{L}])(?:[Hh]e|[Ss]he)\\s+(?:also\\s+)?(?:${SPEECH_VERBS.join('|')})(?![\\p{L}])`,
  'u',
);
const FUNDING_AFTER = new RegExp(`\\b(?:${FUNDING_WORDS.join('|')})\\b`, 'i');
const FUNDING_CUE = new RegExp(
  `^(?:${FUNDING_CUES.map((c) => phrasePattern(c)).join('|')})$`,
  'iu',
);
const ACTION_SPLIT = new RegExp(
  `,?\\s+and\\s+(?:also\\s+|to\\s+)?(?=(?:${ACTION_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}]))`,
  'giu',
);
const ENUMERATION = /,?\s+(?:such as|including|notably)\s+/iu;
const ATTRIBUTIONS = compilePhrases(
  ATTRIBUTION_PHRASES.map((a) => ({ phrase: a.phrase, value: a.kind })),
);
const PARTIES = compilePhrases(
  PARTY_NAMES.flatMap((p) => p.names.map((name) => ({ phrase: name, value: p.party }))),
  () => true,
);
const THEMES = compilePhrases(
  THEME_WORDS.flatMap((t) => t.words.map((word) => ({ phrase: word, value: t.theme }))),
  (phrase) => /^\p{Lu}{2,}$/u.test(phrase),
);
const SPEAKER = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),?\s+(?:also\s+)?(?:${SPEECH_VERBS.join('|')})\b|\b(?:${SPEECH_VERBS.join('|')})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`,
  'gu',
);
const QUOTATION_MARK = /["“”]/;
const SAID_IT =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+)(\s+said)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+it\s/u;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const SPEECH = `(?:also\\s+)?(?:${SPEECH_VERBS.join('|')})(?![\\p{L}])`;
/** A day between a speaker and the verb: "Park on Tuesday announced". */
const WHEN = String.raw`(?:\s+on\s+\p{Lu}\p{Ll}+day)?`;
/**
 * A day or an aside between a titled speaker and the verb: "Ambassador Laura Whitcomb,
 * speaking at a business forum in Seoul, said".
 */
const BETWEEN = String.raw`${WHEN}(?:,\s+[^,"“”]{1,80},)?`;
const TITLES = [...SPEAKER_TITLES]
  .sort((a, b) => b.length - a.length)
  .flatMap((t) => [t, t.toLowerCase()])
  .map((t) => t.replace(/ /g, '\\s+'))
  .join('|');
/**
 * A named person with a title, speaking: "Defence Minister Claire Dubois said" or "Claire
 * Dubois, the defence minister, said".
 */
const TITLED_SPEAKER = new RegExp(
  String.raw`(?<![\p{L}])(?:${TITLES})\s+((?:${NAME}\s+){0,2}${NAME})${BETWEEN}\s+${SPEECH}|(?<![\p{L}])((?:${NAME}\s+){0,2}${NAME}),\s+(?:[\p{L}'’-]+\s+){0,4}(?:${TITLES})(?:\s+(?:of|for)(?:\s+[\p{L}'’-]+){1,3})?,\s+${SPEECH}`,
  'gu',
);
/** A title before a name: "Ambassador Laura Whitcomb" is Laura Whitcomb. */
const TITLE_FIRST = new RegExp(`^(?:${TITLES})\\s+(?=\\p{Lu})`, 'u');
/** "Dubois said": a name and a verb of speech, for speakers met earlier with their title. */
const SURNAME_SPEAKING = new RegExp(String.raw`(?<![\p{L}])(${NAME})${WHEN}\s+${SPEECH}`, 'gu');
const GROUP_SUBJECT = /\b(?:the two|both|they|the leaders|the two leaders|the two sides)\b/i;
/** A new clause before a later cue: "…, and committed to", "… and recognized that". */
const COORDINATED =
  /(?:,|;|\band\b|\bbut\b|\bwhile\b)\s+(?!(?:which|who|whom|whose)\b)(?:(?!(?:that|which|who|whom|whose|to)\s)[\p{L}.'’-]+\s+){0,5}$/iu;
const CLAUSE_TRIM = /,?\s+(?:amid|reflecting|at a time when|while|as part of)\b/iu;
const MAX_QUOTE_WORDS = 30;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  thirty: 30,
  ninety: 90,
};
const TARGETS = TARGET_PHRASES.map((phrase) => {
  const source = phrasePattern(phrase.replace(/\{(\w+)\}/g, 'PLACEHOLDER$1'))
    .replace('PLACEHOLDERyear', '(?<year>(?:19|20)\\d\\d)')
    .replace('PLACEHOLDERmonth', `(?<month>${MONTHS.join('|')})`)
    .replace('PLACEHOLDERn', `(?<n>\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`)
    .replace('PLACEHOLDERunit', '(?<unit>days?|weeks?|months?|years?)');
  return { phrase, regex: new RegExp(source, 'giu') };
});

const STRENGTH_TITLES: Record<CommitmentStrength, string> = {
  committed: 'Commitment on',
  agreed: 'Agreement on',
  reaffirmed: 'Restated position on',
  affirmed: 'Stated resolve on',
  recognized: 'Shared view on',
  plans: 'Planned step on',
  supports: 'Support for',
  considering: 'Option under study on',
};
const STRENGTH_VERBS: Record<CommitmentStrength, string> = {
  committed: 'committed themselves to act on',
  agreed: 'reached agreement on',
  reaffirmed: 'restated an existing position on',
  affirmed: 'stated their resolve on',
  recognized: 'acknowledged a shared view on',
  plans: 'announced an intention regarding',
  supports: 'expressed support regarding',
  considering: 'are studying an option regarding',
};
const KIND_LEADS: Record<AttributionKind, string> = {
  joint_statement: 'In an account both governments give,',
  government_readout: "In one government's account,",
  on_record_remark: 'In remarks on the record,',
  anonymous_official: 'According to an unnamed official,',
  diplomatic_sources: 'According to unnamed diplomatic sources,',
  press_report: "In the report's own account,",
};
const STOPWORDS = new Set(
  'a an the of to and or in on at by for with from as into that this these those it its their his her our is are was were be been being will would should could can may might also than then there which who whom whose what when where while how so such not no nor but if about over under between across amid against toward towards upon'.split(
    ' ',
  ),
);

// ---- helpers --------------------------------------------------------------------------------

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Shrinks [start, end) past surrounding spaces, punctuation and quotation marks. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:.“”"'‘’(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.“”"'‘’)]/.test(text[end - 1]!)) end--;
  // A trailing conjunction left by a split: "… alliance and".
  const tail = /\s+(?:and|or|but|as well as)$/i.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return [start, end];
}

function capQuote(text: string, start: number, end: number): [number, number] {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  if (words.length <= MAX_QUOTE_WORDS) return [start, end];
  const limit = start + words[MAX_QUOTE_WORDS - 1]!.index + words[MAX_QUOTE_WORDS - 1]![0].length;
  const comma = text.lastIndexOf(',', limit);
  const cut = comma > start + 20 ? comma : limit;
  return trimSpan(text, start, cut);
}

interface Cue extends Match {
  value: CommitmentStrength;
}

interface Indexed {
  text: string;
  cues: Cue[];
  attributions: (Match & { value: AttributionKind })[];
  parties: PartyMention[];
  themes: (Match & { value: string })[];
}

let lastIndexed: Indexed | null = null;

/**
 * Each lexicon's matches in the whole text, found in one scan and sorted by position: the
 * sentences and clauses then look theirs up (a cache of the last text, not state).
 */
function indexed(text: string): Indexed {
  if (lastIndexed?.text === text) return lastIndexed;
  const byStart = <M extends Match>(list: M[]) =>
    list.sort((a, b) => a.start - b.start || b.end - a.end);
  lastIndexed = {
    text,
    cues: leftmostLongest(findAll(text, CUES)),
    attributions: byStart(findAll(text, ATTRIBUTIONS)),
    parties: leftmostLongest(findAll(text, PARTIES)),
    themes: leftmostLongest(findAll(text, THEMES)),
  };
  return lastIndexed;
}

/** The matches of a sorted list that lie wholly inside [from, to). */
function within<M extends Match>(list: readonly M[], from: number, to: number): M[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  const found: M[] = [];
  for (let i = low; i < list.length && list[i]!.start < to; i++) {
    if (list[i]!.end <= to) found.push(list[i]!);
  }
  return found;
}

function findCues(text: string, start: number, end: number, sourceYear: number | null): Cue[] {
  const all = within(indexed(text).cues, start, end);
  return all.filter((cue) => {
    const before = text.slice(Math.max(start, cue.start - 40), cue.start);
    if (BLOCKER_BEFORE.test(before)) return false;
    // Part of a compound ("state-backed", "long-promised"): an adjective, not a cue.
    if (/[-‐]$/.test(before)) return false;
    const bare = bareCue(cue.text);
    if (FUNDING_CUE.test(bare)) {
      const after = text.slice(cue.end, Math.min(end, cue.end + 60));
      if (!FUNDING_AFTER.test(after)) return false;
    }
    if (VERB_CUE.test(bare)) {
      const after = text.slice(cue.end, Math.min(end, cue.end + 40));
      // "which will be discussed at a later round": talk scheduled, not a step promised.
      if (/^\s+be\s+(?:discussed|debated|raised|examined)\b/iu.test(after)) return false;
      const passive = PASSIVE_AFTER.test(after);
      if ((!passive && ITINERARY_AFTER_WILL.test(after)) || !/^\s+\p{Ll}/u.test(after)) {
        return false;
      }
      if (/^(?:will|would)$/iu.test(bare) && SCHEDULED_MEETING.test(text.slice(cue.end, end))) {
        return false;
      }
      // "will not send troops", "would never accept": a refusal.
      if (/^\s+(?:not|never|no longer)\b/iu.test(after)) return false;
    } else if (cue.value === 'plans' && /\sto$/iu.test(bare)) {
      // A plan to travel or meet is a schedule, as after "will": "is set to visit Manila",
      // "plans to attend the summit", "is expected to arrive on Monday".
      const after = text.slice(cue.end, Math.min(end, cue.end + 40));
      if (!PASSIVE_AFTER.test(after) && ITINERARY_AFTER_WILL.test(after)) return false;
    }
    if (/^welcomed?$|^welcomes$/iu.test(bare) && WELCOMED_GUEST.test(text.slice(cue.end, end))) {
      return false;
    }
    if (sourceYear !== null && !FUTURE_CUE.test(bare) && /ed$/iu.test(bare.split(/\s/)[0]!)) {
      // The year in the cue's own words (up to eight after it) or opening the sentence.
      const after = text.slice(cue.end, end).split(/\s+/).slice(0, 9).join(' ');
      const opening = /^\s*In\s+(?:\p{L}+\s+)?((?:19|20)\d\d),/u.exec(text.slice(start, end));
      const year = PAST_YEAR.exec(after)?.[1] ?? opening?.[1];
      if (year !== undefined && Number(year) < sourceYear) return false;
    }
    // "If asked, Japan would send experts", "ready to help if needed": a condition, not an
    // undertaking.
    if (CONDITIONAL_CUE.test(bare) && CONDITIONAL.test(text.slice(start, end))) return false;
    return true;
  });
}

interface PartyMention extends Match {
  value: string;
}

function partiesIn(text: string, start: number, end: number): PartyMention[] {
  return within(indexed(text).parties, start, end);
}

function uniqueParties(mentions: readonly PartyMention[]): string[] {
  return [...new Set(mentions.map((m) => m.value))];
}

interface Attribution {
  kind: AttributionKind;
  who: string;
  evidence: TextSpan | null;
}

function whoFrom(evidence: string): string {
  return evidence
    .replace(/^according to\s+/i, '')
    .replace(/\s+(?:said|say|says)\b.*$/i, '')
    .replace(/^(?:the leaders|a|an)\s+said\s+in\s+a\s+/i, '')
    .trim();
}

function findExplicitAttribution(text: string, start: number, end: number): Attribution | null {
  const matches = within(indexed(text).attributions, start, end);
  if (matches.length === 0) return null;
  matches.sort(
    (a, b) =>
      ATTRIBUTION_PRIORITY.indexOf(a.value) - ATTRIBUTION_PRIORITY.indexOf(b.value) ||
      b.end - b.start - (a.end - a.start),
  );
  const first = matches[0]!;
  // One span for "the White House said in a press release": the same kind's matches that
  // touch or overlap, joined.
  const same = matches.filter((m) => m.value === first.value).sort((a, b) => a.start - b.start);
  let best = { ...first };
  for (const m of same) {
    if (m.start <= best.end + 1 && m.end >= best.start - 1) {
      const s = Math.min(best.start, m.start);
      const e = Math.max(best.end, m.end);
      best = { ...best, start: s, end: e, text: text.slice(s, e) };
    }
  }
  let who = whoFrom(best.text);
  if (best.value === 'on_record_remark' || /^said in a/i.test(best.text)) {
    // "Kishida told reporters": the speaker is the name just before the phrase.
    // "Laura Whitcomb, speaking at a forum, said": the name before the aside.
    const before = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),?\s*$/u.exec(
      text.slice(Math.max(start, best.start - 60), best.start),
    );
    // "Speaking alongside Yoon, Kishida said": the name before the verb of speech.
    SPEAKER.lastIndex = 0;
    const speaking = before ? null : SPEAKER.exec(text.slice(start, end));
    const name = before?.[1] ?? speaking?.[1];
    if (name && !/^(?:The|He|She|It|They|We|Both|This|That|Speaking)$/.test(name)) {
      who = name.replace(TITLE_FIRST, '');
    }
  }
  return { kind: best.value, who, evidence: span(text, best.start, best.end) };
}

function findSpeaker(text: string, start: number, end: number): Attribution | null {
  const sentence = text.slice(start, end);
  if (!QUOTATION_MARK.test(sentence)) return null;
  SPEAKER.lastIndex = 0;
  for (const m of sentence.matchAll(SPEAKER)) {
    const name = m[1] ?? m[2]!;
    if (/^(?:The|He|She|It|They|We|Both|This|That)$/.test(name)) continue;
    const at = start + m.index;
    return { kind: 'on_record_remark', who: name, evidence: span(text, at, at + m[0].length) };
  }
  return null;
}

/**
 * A titled speaker without quotation marks ("Defence Minister Claire Dubois said"), or one
 * named so earlier in the text and now by surname alone ("Dubois said"): on the record.
 * `known` collects the surnames of the text's titled speakers, in reading order.
 */
function findNamedSpeaker(
  text: string,
  start: number,
  end: number,
  known: Set<string>,
): Attribution | null {
  const sentence = text.slice(start, end);
  TITLED_SPEAKER.lastIndex = 0;
  const titled = TITLED_SPEAKER.exec(sentence);
  if (titled) {
    const name = titled[1] ?? titled[2]!;
    const at = start + titled.index;
    return { kind: 'on_record_remark', who: name, evidence: span(text, at, at + titled[0].length) };
  }
  // One scan for "Name said" in the sentence, the name then looked up: no expression per name.
  SURNAME_SPEAKING.lastIndex = 0;
  for (const m of sentence.matchAll(SURNAME_SPEAKING)) {
    if (!known.has(m[1]!)) continue;
    const at = start + m.index;
    return { kind: 'on_record_remark', who: m[1]!, evidence: span(text, at, at + m[0].length) };
  }
  return null;
}

/** Remembers the surnames of the titled speakers in a sentence, for `findNamedSpeaker`. */
function noteSpeakers(text: string, start: number, end: number, known: Set<string>): void {
  TITLED_SPEAKER.lastIndex = 0;
  for (const m of text.slice(start, end).matchAll(TITLED_SPEAKER)) {
    // Every part of the name: the family name comes last in "Claire Dubois", first in "Park
    // Ji-hoon".
    for (const part of (m[1] ?? m[2]!).split(/\s+/)) known.add(part);
  }
}

/**
 * "…, he added", "she said": a pronoun speaking is the person who last spoke in the text, on
 * the record or not ("Villareal said …. The two countries are also working toward a pact, he
 * added."). Nobody has spoken yet: no speaker.
 */
function findPronounSpeaker(
  text: string,
  start: number,
  end: number,
  lastPerson: Attribution | null,
): Attribution | null {
  if (!lastPerson) return null;
  const m = PRONOUN_SPEAKING.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  return { ...lastPerson, evidence: span(text, at, at + m[0].length) };
}

/**
 * "Australia said on Tuesday it would buy…": a speaker referred to as "it" is a country or
 * an institution, not a person, so the sentence is that government's account.
 */
function findInstitutionSpeaker(text: string, start: number, end: number): Attribution | null {
  const m = SAID_IT.exec(text.slice(start, end));
  if (!m || /^(?:The|He|She|It|They|We|This|That)$/.test(m[1]!)) return null;
  const at = start + m.index;
  return {
    kind: 'government_readout',
    who: m[1]!,
    evidence: span(text, at, at + m[1]!.length + m[2]!.length),
  };
}

function firstName(text: string, start: number, end: number): string | null {
  return partiesIn(text, start, end)[0]?.text ?? null;
}

// ---- themes and targets ---------------------------------------------------------------------

function decideTheme(
  text: string,
  regions: readonly [number, number][],
  parties: readonly string[],
): { theme: string | null; words: string[] } {
  const scores = new Map<string, { score: number; words: string[] }>();
  for (const [from, to] of regions) {
    for (const m of within(indexed(text).themes, from, to)) {
      const entry = scores.get(m.value) ?? { score: 0, words: [] };
      entry.score += /\s/.test(m.text) ? 2 : 1;
      if (!entry.words.some((w) => w.toLowerCase() === m.text.toLowerCase()))
        entry.words.push(m.text);
      scores.set(m.value, entry);
    }
  }
  for (const theme of THEME_WORDS) {
    const leaning = theme.parties.filter((p) => parties.includes(p)).length;
    if (leaning === 0) continue;
    const entry = scores.get(theme.theme) ?? { score: 0, words: [] };
    entry.score += 0.5 * leaning;
    scores.set(theme.theme, entry);
  }
  let best: { theme: string; score: number; words: string[] } | null = null;
  for (const theme of THEME_WORDS) {
    const entry = scores.get(theme.theme);
    if (entry && entry.score > 0 && (!best || entry.score > best.score)) {
      best = { theme: theme.theme, ...entry };
    }
  }
  return best ? { theme: best.theme, words: best.words } : { theme: null, words: [] };
}

function addPeriod(date: string, n: number, unit: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit.startsWith('day')) d.setUTCDate(d.getUTCDate() + n);
  else if (unit.startsWith('week')) d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit.startsWith('month')) d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  return d.toISOString().slice(0, 10);
}

function findTarget(
  text: string,
  regions: readonly [number, number][],
  sourceDate: string | undefined,
): Proposal['target'] {
  for (const [from, to] of regions) {
    const slice = text.slice(from, to);
    let best: { m: RegExpExecArray; phrase: string } | null = null;
    for (const { phrase, regex } of TARGETS) {
      regex.lastIndex = 0;
      const m = regex.exec(slice);
      if (!m) continue;
      if (
        !best ||
        m.index < best.m.index ||
        (m.index === best.m.index && m[0].length > best.m[0].length)
      ) {
        best = { m, phrase };
      }
    }
    if (!best) continue;
    const { m, phrase } = best;
    const groups = m.groups ?? {};
    const year = groups.year ? Number(groups.year) : null;
    const month = groups.month ? MONTHS.indexOf(groups.month.toLowerCase()) + 1 : null;
    const sourceYear = sourceDate ? Number(sourceDate.slice(0, 4)) : null;
    let qualifier: TargetQualifier = 'by';
    let precision: DatePrecision = 'year';
    let date: string | null = null;
    const ymd = (y: number, mo = 1, d = 1) =>
      `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (/at the earliest|no earlier than|^from/.test(phrase)) qualifier = 'not_before';
    else if (phrase.startsWith('in ')) qualifier = 'on';
    if (groups.n && groups.unit) {
      const n = /^\d+$/.test(groups.n)
        ? Number(groups.n)
        : (NUMBER_WORDS[groups.n.toLowerCase()] ?? 1);
      precision = 'day';
      date = sourceDate ? addPeriod(sourceDate, n, groups.unit.toLowerCase()) : null;
    } else if (month && year) {
      precision = 'month';
      date = ymd(year, month);
    } else if (month) {
      precision = 'month';
      date = sourceYear ? ymd(sourceYear, month) : null;
    } else if (year) {
      date = ymd(year);
    } else if (/next year/.test(phrase)) {
      date = sourceYear ? ymd(sourceYear + 1) : null;
    } else {
      // "by the end of the year", "this year", "by year-end"
      date = sourceYear ? ymd(sourceYear) : null;
    }
    const start = from + m.index;
    return { ...span(text, start, start + m[0].length), qualifier, date, precision };
  }
  return null;
}

// ---- titles and summaries in our own words --------------------------------------------------

const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Binary search: the index of the first token that ends after `offset`. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The noun phrases of the commitment (runs of nouns, names and adjectives, at most three words
 * each), the ones with theme words first: the topic of the title and the summary.
 */
function topicPhrases(
  text: string,
  tokens: readonly Token[],
  regions: readonly [number, number][],
  themeWords: readonly string[],
): string[] {
  const phrases: string[] = [];
  for (const [from, to] of regions) {
    let run: Token[] = [];
    const flush = () => {
      // The last three words, a possessive's "'s" riding along with its name.
      let words: Token[] = [];
      let count = 0;
      for (let i = run.length - 1; i >= 0 && count < 3; i--) {
        words = [run[i]!, ...words];
        if (run[i]!.pos !== 'PART') count++;
      }
      if (words[0]?.pos === 'PART') words = words.slice(1);
      if (words.length > 0 && words.some((t) => t.pos !== 'ADJ')) {
        phrases.push(text.slice(words[0]!.start, words[words.length - 1]!.end));
      }
      run = [];
    };
    for (let i = firstTokenEndingAfter(tokens, from); i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.start >= to) break;
      const word = text.slice(token.start, token.end);
      if (
        PHRASE_POS.has(token.pos) &&
        /[\p{L}]/u.test(word) &&
        !STOPWORDS.has(word.toLowerCase())
      ) {
        run.push(token);
      } else if (token.pos === 'PART' && /^['’]s$/.test(word) && run.length > 0) {
        run.push(token);
      } else {
        flush();
      }
    }
    flush();
  }
  const unique = [...new Set(phrases)];
  const themed = (p: string) => themeWords.some((w) => p.toLowerCase().includes(w.toLowerCase()));
  return [...unique.filter(themed), ...unique.filter((p) => !themed(p))];
}

/** Word runs of four or more that `candidate` shares with `sentence`: copying, for our rule. */
export function sharesRun(candidate: string, sentence: string, run = 4): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const source = ` ${words(sentence).join(' ')} `;
  const own = words(candidate);
  for (let i = 0; i + run <= own.length; i++) {
    if (source.includes(` ${own.slice(i, i + run).join(' ')} `)) return true;
  }
  return false;
}

function partyLabel(slug: string): string {
  const names = PARTY_NAMES.find((p) => p.party === slug)?.names ?? [slug];
  return names[0]!;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Title and summary from templates; topics are dropped until neither copies the sentence. */
function writeProse(
  sentence: string,
  strength: CommitmentStrength,
  attribution: Attribution,
  parties: readonly string[],
  topics: readonly string[],
  theme: string | null,
  target: Proposal['target'],
): { title: string; summary: string } {
  const who = parties.length > 0 ? joinList(parties.map(partyLabel)) : 'the parties named';
  const themePart = theme ? ` Proposed theme: ${theme}.` : ' No theme word was found.';
  const targetPart = target ? ` It names a target (${target.qualifier.replace('_', ' ')}).` : '';
  for (let n = Math.min(3, topics.length); n >= 0; n--) {
    const chosen = topics.slice(0, n);
    const topic = n > 0 ? chosen.join('; ') : 'the subject of the sentence';
    const title = `${STRENGTH_TITLES[strength]} ${n > 0 ? chosen.join('; ') : (theme ?? 'an unnamed subject')}`;
    const summary = `${KIND_LEADS[attribution.kind]} ${who} ${STRENGTH_VERBS[strength]}: ${topic}.${themePart}${targetPart} Draft wording for an editor to rewrite.`;
    if (n === 0 || (!sharesRun(title, sentence) && !sharesRun(summary, sentence))) {
      return { title, summary };
    }
  }
  throw new Error('unreachable');
}

// ---- the extractor --------------------------------------------------------------------------

interface Piece {
  cue: Cue;
  quotes: [number, number][];
}

/** Splits one cue's clause into the commitments it holds. */
function piecesOf(text: string, cue: Cue, clauseEnd: number): Piece[] {
  const [start, end] = trimSpan(text, cue.start, clauseEnd);
  const parts: [number, number][] = [];
  // "agreed to cooperate on X and step up Y": one commitment per coordinated action.
  let from = start;
  ACTION_SPLIT.lastIndex = 0;
  for (const m of text.slice(cue.end, end).matchAll(ACTION_SPLIT)) {
    const at = cue.end + m.index;
    parts.push([from, at]);
    from = at + m[0].length;
  }
  parts.push([from, end]);

  const pieces: Piece[] = [];
  for (const [partStart, partEnd] of parts) {
    const [a, b] = trimSpan(text, partStart, partEnd);
    // "…challenges, such as X's programmes and Y's behaviour": one per party named.
    const enumeration = ENUMERATION.exec(text.slice(a, b));
    if (enumeration) {
      const listStart = a + enumeration.index + enumeration[0].length;
      const mentions = partiesIn(text, listStart, b);
      const second = mentions.find((m) => m.value !== mentions[0]?.value);
      if (mentions[0] && second) {
        const between = text.slice(mentions[0].end, second.start);
        const sep = [...between.matchAll(/,?\s+and\s+|,\s+/g)].pop();
        if (sep) {
          const splitAt = mentions[0].end + sep.index;
          const head = trimSpan(text, a, a + enumeration.index);
          pieces.push({
            cue,
            quotes: [capQuote(text, ...head), trimSpan(text, listStart, splitAt)],
          });
          pieces.push({
            cue,
            quotes: [capQuote(text, ...trimSpan(text, splitAt + sep[0].length, b))],
          });
          continue;
        }
      }
    }
    // Leave out what follows "amid", "reflecting", "while": context, not the commitment.
    const trim = CLAUSE_TRIM.exec(text.slice(a, b));
    const cut = trim && trim.index > 25 ? a + trim.index : b;
    pieces.push({ cue, quotes: [capQuote(text, ...trimSpan(text, a, cut))] });
  }
  return pieces.filter((p) => p.quotes.every(([s, e]) => e > s));
}

export interface ProposeOptions {
  source?: ProposalSource;
}

/**
 * Reads an English text and proposes the commitments in it, one per commitment found (a
 * sentence may hold several). Pure: no I/O, no network, the same answer for the same input.
 * Throws ProposeError for an empty, oversized or non-English text.
 */
export function propose(input: string, options: ProposeOptions = {}): ProposeResult {
  const { text, strippedHtml } = prepareText(input);
  const sourceDate = options.source?.date;
  const sourceYear = sourceDate ? Number(sourceDate.slice(0, 4)) : null;
  const publisher = options.source?.publisher;
  const ownKind = SOURCE_KIND_ATTRIBUTION[options.source?.kind ?? 'news_report'];
  const ownAccount: Attribution = {
    kind: ownKind,
    who:
      ownKind === 'press_report'
        ? publisher
          ? `${publisher}, in its own words`
          : "the report's own account"
        : (publisher ?? 'the source'),
    evidence: null,
  };
  const proposals: Proposal[] = [];
  let lastGroup: string[] = [];
  let lastTheme: string | null = null;
  let previous: { name: string | null; attribution: Attribution | null } = {
    name: null,
    attribution: null,
  };

  const speakers = new Set<string>();
  // The last person (named or not) a sentence quoted or paraphrased, for "he added".
  let lastPerson: Attribution | null = null;
  const { sentences, tokens } = analyse(text);
  for (const sentence of sentences) {
    const { start, end } = sentence;
    const sentenceThemed = decideTheme(
      text,
      [[start, end]],
      uniqueParties(partiesIn(text, start, end)),
    );
    noteSpeakers(text, start, end, speakers);
    const explicit = findExplicitAttribution(text, start, end);
    const name = firstName(text, start, end);
    const continues =
      !explicit &&
      name !== null &&
      name === previous.name &&
      /^\s*\S+\s+(?:also|further|then)\b/i.test(text.slice(start, end)) &&
      previous.attribution !== null &&
      previous.attribution.kind !== 'press_report';
    const attribution: Attribution =
      explicit ??
      (continues ? previous.attribution : null) ??
      findSpeaker(text, start, end) ??
      (ownKind === 'press_report'
        ? (findNamedSpeaker(text, start, end, speakers) ??
          findPronounSpeaker(text, start, end, lastPerson) ??
          findInstitutionSpeaker(text, start, end))
        : null) ??
      ownAccount;
    previous = { name, attribution };
    if (attribution.kind === 'on_record_remark' || attribution.kind === 'anonymous_official') {
      lastPerson = attribution;
    }

    const sentenceText = text.slice(start, end);
    // A reporter's question proposes nothing.
    if (QUESTION.test(sentenceText)) continue;
    const asked = ASKED_LEAD.exec(sentenceText);
    const evidence = attribution.evidence;
    const allCues = findCues(text, start, end, sourceYear).filter(
      (c) =>
        (!asked || c.start >= start + asked[0].length) &&
        (!evidence ||
          c.end <= evidence.start ||
          c.start >= evidence.end ||
          // The speaker's verb is the cue: "Minister Park on Tuesday announced a fund".
          (c.end === evidence.end && c.start > evidence.start)),
    );
    // The subject the text is on: a sentence's theme words change it, a party's name alone
    // ("shares rose in Seoul") does not.
    if (sentenceThemed.words.length > 0) lastTheme = sentenceThemed.theme ?? lastTheme;
    if (allCues.length === 0) continue;
    // Later cues start a proposal of their own only in a new, coordinated clause.
    const cues: Cue[] = [allCues[0]!];
    for (const cue of allCues.slice(1)) {
      const gap = text.slice(cues[cues.length - 1]!.end, cue.start);
      if (COORDINATED.test(gap)) cues.push(cue);
    }

    // Who commits: the names in the clause just before the first cue ("…, the two also
    // reaffirmed", "Kishida told Biden that Japan is considering"), else the group named last.
    const subjectEnd = cues[0]!.start;
    let subjectStart = start;
    if (attribution.evidence && attribution.evidence.end <= subjectEnd) {
      subjectStart = Math.max(subjectStart, attribution.evidence.end);
    }
    const clauseBreak = [...text.slice(subjectStart, subjectEnd).matchAll(/[,;]|\bthat\b/g)].pop();
    if (clauseBreak) subjectStart += clauseBreak.index + clauseBreak[0].length;
    const subject = uniqueParties(partiesIn(text, subjectStart, subjectEnd));
    let committers = subject;
    if (subject.length >= 2) lastGroup = subject;
    if (subject.length === 0) {
      committers = GROUP_SUBJECT.test(text.slice(subjectStart, subjectEnd))
        ? lastGroup
        : uniqueParties(partiesIn(text, start, subjectEnd)).slice(0, 1);
    }

    cues.forEach((cue, index) => {
      const next = cues[index + 1];
      let clauseEnd = next ? next.start : end;
      if (
        attribution.evidence &&
        attribution.evidence.start > cue.end &&
        attribution.evidence.start < clauseEnd
      ) {
        clauseEnd = attribution.evidence.start;
      }
      if (next) {
        const coordinator = COORDINATED.exec(text.slice(cue.end, next.start));
        if (coordinator) clauseEnd = cue.end + coordinator.index;
      }
      for (const piece of piecesOf(text, cue, clauseEnd)) {
        const quotes = piece.quotes.map(([s, e]) => span(text, s, e));
        const regions = piece.quotes;
        const named = uniqueParties(regions.flatMap(([s, e]) => partiesIn(text, s, e)));
        const parties = [...new Set([...committers, ...named])];
        let themed = decideTheme(text, regions, parties);
        if (themed.words.length === 0) themed = decideTheme(text, [[start, end]], parties);
        // "Under the deal, the agency will provide loans": no theme word, so the subject is
        // the one the text was on.
        if (!themed.theme && lastTheme) themed = { theme: lastTheme, words: [] };
        const target = findTarget(text, [...regions, [start, end]], sourceDate);
        // The topic leaves out the cue and the target date: "end" is no subject.
        const topicRegions = regions.map(([s, e]): [number, number] => [
          s === cue.start ? cue.end : s,
          target && target.start >= s && target.start < e ? target.start : e,
        ]);
        let topics = topicPhrases(text, tokens, topicRegions, themed.words);
        if (topics.length === 0) topics = topicPhrases(text, tokens, [[start, end]], themed.words);
        const prose = writeProse(
          sentenceText,
          piece.cue.value,
          attribution,
          parties,
          topics,
          themed.theme,
          target,
        );
        proposals.push({
          sentence: sentenceText,
          sentenceStart: start,
          sentenceEnd: end,
          title: prose.title,
          summary: prose.summary,
          theme: themed.theme,
          themeWords: themed.words,
          strength: piece.cue.value,
          cue: span(text, cue.start, cue.end),
          attribution,
          parties,
          target,
          quotes,
        });
      }
    });
  }

  return {
    proposals,
    text,
    strippedHtml,
    notice: proposals.length === 0 ? MESSAGES.noCommitments : null,
  };
}

/**
 * Loads the language model and compiles the lexicons' expressions, which the first call
 * otherwise pays for (seconds on a busy machine): for a server to call at start.
 */
export function warmUp(): void {
  // V8 compiles a regular expression to machine code separately for one-byte (plain ASCII or
  // Latin-1) and two-byte texts, and the lexicons' large expressions take a while: pasted text
  // is often two-byte (curly quotes, dashes), so warm both, or the first such text pays about
  // 0.5 s (bench/src/assistant-cli.ts).
  const sentence = 'The two leaders agreed to meet again next year, the ministry said.';
  for (const text of [sentence, `${sentence} “We will”, the minister – said.`]) {
    propose(text);
    propose(text);
  }
}
