import { randomBytes } from 'node:crypto';
import {
  dataOf,
  type InputOf,
  type MutationPath,
  type OutputOf,
  trpcMutation,
  type TrpcTarget,
} from './trpc';

/** Seed records every scenario's commitments refer to. */
export const SEED = {
  meeting: 'kishida-biden-hiroshima-2023',
  source: 'kishida-biden-tech-cooperation-2023-05-19',
  theme: 'chips',
  parties: ['jp', 'us'],
  /** Published commitments in the seed: the 14 made in Hiroshima and two sub-commitments. */
  publishedCommitments: 16,
  /** A published seed commitment and a brief, for readers. */
  commitmentPage: '/commitments/strengthen-japan-us-alliance',
  briefPage: '/themes/chips',
} as const;

export interface QuoteData {
  text: string;
  form: 'verbatim' | 'reported';
  attribution: { kind: 'joint_statement'; who: string; party: string | null };
  source: string;
}

export interface CommitmentDraft {
  slug: string;
  meeting: string;
  theme: string;
  tags: string[];
  title: string;
  summary: string;
  strength: 'agreed';
  parties: { party: string; role: 'committer' }[];
  target: null;
  quotes: QuoteData[];
}

/** What a save must have stored: the fields a revision and the tables must agree on. */
export interface Content {
  title: string;
  summary: string;
  quotes: QuoteData[];
  /** Notes of the status history, in order. */
  history: string[];
}

/** A save the server acknowledged (2xx): this version of this record has this content. */
export interface Ack {
  id: number;
  slug: string;
  version: number;
  op: 'create' | 'update' | 'status';
  content: Content;
}

/** A save that got no 2xx: it may or may not have been committed. */
export interface Unacknowledged {
  op: Ack['op'];
  slug: string;
  reason: string;
}

export function uniqueId(): string {
  return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

function quote(text: string): QuoteData {
  return {
    text,
    form: 'reported',
    attribution: { kind: 'joint_statement', who: 'the leaders', party: null },
    source: SEED.source,
  };
}

export function commitmentDraft(
  slug: string,
  round: number,
  theme: string = SEED.theme,
): CommitmentDraft {
  return {
    slug,
    meeting: SEED.meeting,
    theme,
    tags: [],
    title: `Resilience ${slug} round ${round}`,
    summary: `Summary of ${slug} as saved in round ${round}.`,
    strength: 'agreed',
    parties: SEED.parties.map((party) => ({ party, role: 'committer' as const })),
    target: null,
    // A different number of quotes each round, so a half-applied save would show.
    quotes: Array.from({ length: (round % 3) + 1 }, (_, i) =>
      quote(`quote ${i} of ${slug} round ${round}`),
    ),
  };
}

interface Saved {
  id: number;
  version: number;
}

/** The editors' commitment writes the scenarios make: each answers the record's id and version. */
type SavePath = {
  // Only the writes of one record: the bulk ones answer a list of outcomes instead.
  [P in Extract<MutationPath, `editor.commitment.${string}`>]: OutputOf<P> extends Saved
    ? P
    : never;
}[Extract<MutationPath, `editor.commitment.${string}`>];

/** Everything the editors sent and what the server said, for the checks afterwards. */
export class SaveLog {
  readonly acks: Ack[] = [];
  readonly unacknowledged: Unacknowledged[] = [];
  /** Server answers that were errors (not network failures): none are expected. */
  readonly refusals: string[] = [];

  /** The last acknowledged save of each record. */
  lastAcks(): Map<number, Ack> {
    const last = new Map<number, Ack>();
    for (const ack of this.acks) {
      const seen = last.get(ack.id);
      if (!seen || ack.version > seen.version) last.set(ack.id, ack);
    }
    return last;
  }
}

/**
 * One editor at work: creates a draft commitment, updates it a few times (each save from
 * the version the last one returned) and records a status update, then starts the next one,
 * until `stop()` says so or a save gets no answer (the server is gone). Records every
 * acknowledged save in `log`.
 */
export async function editorLoop(
  session: TrpcTarget,
  log: SaveLog,
  options: {
    prefix: string;
    stop: () => boolean;
    updatesPerRecord?: number;
    onAck?: (ack: Ack) => void;
  },
): Promise<void> {
  const updates = options.updatesPerRecord ?? 3;
  const acknowledge = (ack: Ack) => {
    log.acks.push(ack);
    options.onAck?.(ack);
  };
  /** Sends one save; null when it was not acknowledged (logged). */
  const save = async <P extends SavePath>(
    op: Ack['op'],
    slug: string,
    path: P,
    input: InputOf<P>,
  ): Promise<Saved | null> => {
    try {
      const answer = await trpcMutation(session, path, input);
      if (answer.status >= 200 && answer.status < 300 && answer.data) return answer.data;
      log.refusals.push(`${path} ${answer.status} ${answer.error?.code}: ${answer.error?.message}`);
      log.unacknowledged.push({ op, slug, reason: `${answer.status}` });
      return null;
    } catch (error) {
      // fetch says only "fetch failed"; what failed is in its cause (a reset, a closed socket).
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause
        ? `${String(error)} (${[cause.code, cause.message].filter(Boolean).join(': ')})`
        : String(error);
      log.unacknowledged.push({ op, slug, reason });
      return null;
    }
  };

  while (!options.stop()) {
    const slug = `${options.prefix}-${uniqueId()}`;
    let draft = commitmentDraft(slug, 0);
    const created = await save('create', slug, 'editor.commitment.create', { data: draft });
    if (!created) return;
    const history: string[] = [];
    const contentOf = (d: CommitmentDraft): Content => ({
      title: d.title,
      summary: d.summary,
      quotes: d.quotes,
      history: [...history],
    });
    acknowledge({
      id: created.id,
      slug,
      version: created.version,
      op: 'create',
      content: contentOf(draft),
    });
    let version = created.version;
    for (let round = 1; round <= updates && !options.stop(); round++) {
      draft = commitmentDraft(slug, round);
      const saved = await save('update', slug, 'editor.commitment.update', {
        id: created.id,
        expectedVersion: version,
        data: draft,
      });
      if (!saved) return;
      version = saved.version;
      acknowledge({ id: created.id, slug, version, op: 'update', content: contentOf(draft) });
    }
    if (options.stop()) return;
    const note = `status of ${slug} after ${updates} updates`;
    const recorded = await save('status', slug, 'editor.commitment.recordStatus', {
      id: created.id,
      expectedVersion: version,
      update: { effectiveOn: '2024-01-01', status: 'in_progress', note, sources: [] },
    });
    if (!recorded) return;
    history.push(note);
    acknowledge({
      id: created.id,
      slug,
      version: recorded.version,
      op: 'status',
      content: contentOf(draft),
    });
  }
}

/** A save that must succeed (setup steps, the publisher). */
export async function mustSave<P extends SavePath>(
  session: TrpcTarget,
  path: P,
  input: InputOf<P>,
): Promise<Saved> {
  return dataOf(path, await trpcMutation(session, path, input));
}
