import winkNLP, { type ItemSentence, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | null = null;

/** wink-nlp with its English model, loaded on first use (about 150 ms) and kept. */
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface Token {
  start: number;
  end: number;
  /** Universal part of speech from wink's model: NOUN, PROPN, ADJ, VERB, … */
  pos: string;
}

export interface Analysis {
  sentences: SentenceSpan[];
  tokens: Token[];
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;

/**
 * The sentences of a text as character offsets, from wink-nlp's sentence boundaries with two
 * repairs: a break inside an abbreviation ("Japan-U." | "S. alliance") is undone, and a line
 * that does not end like a sentence (a headline, a byline) is left out: it proposes nothing.
 */
export function analyse(text: string): Analysis {
  const nlp = getNlp();
  // wink's `its` helpers are plain functions read from the instance, not methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { value, precedingSpaces, pos, span } = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens().out(value);
  const spaces = doc.tokens().out(precedingSpaces);
  const tags = doc.tokens().out(pos);
  // Token offsets: wink's tokens with their preceding spaces give the text back exactly, but
  // search for each token anyway so that an offset is never off, whatever the tokenizer did.
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  tokens.forEach((token, i) => {
    let at = text.indexOf(token, cursor + (spaces[i]?.length ?? 0));
    if (at < 0) at = text.indexOf(token, cursor);
    if (at < 0) at = cursor;
    starts.push(at);
    ends.push(at + token.length);
    cursor = at + token.length;
  });

  const raw: SentenceSpan[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(span) as unknown as [number, number];
    if (starts[first] === undefined || ends[last] === undefined) return;
    raw.push({ start: starts[first], end: ends[last] });
  });

  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous && isBrokenAbbreviation(text, previous, span)) {
      previous.end = span.end;
      continue;
    }
    merged.push({ ...span });
  }
  return {
    sentences: merged.filter((s) => TERMINAL.test(text.slice(s.start, s.end).trimEnd())),
    tokens: starts.map((start, i) => ({ start, end: ends[i]!, pos: tags[i] ?? 'X' })),
  };
}

function isBrokenAbbreviation(text: string, before: SentenceSpan, after: SentenceSpan): boolean {
  const gap = text.slice(before.end, after.start);
  if (gap.includes('\n')) return false;
  const head = text.slice(before.start, before.end);
  const tail = text.slice(after.start, after.end);
  // "U." | "S. alliance", "Gen." | "Smith", or a sentence that goes on in lower case.
  return (
    (/(?:^|[^\p{L}])\p{Lu}\.$/u.test(head) && /^\p{Lu}\./u.test(tail)) ||
    /^[a-z]/.test(tail) ||
    /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|No|Inc|Corp|Co)\.$/.test(head)
  );
}
