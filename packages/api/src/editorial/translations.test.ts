import { auditLog, revisions, themes } from '@accord/db';
import { type Commitment, textHash, translate, type Theme } from '@accord/domain';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handleRestRequest } from '../rest/handler';
import {
  ADMIN,
  EDITOR,
  EDITOR_2,
  expectTRPCError,
  publishCommitment,
  sampleCommitment,
  sampleReference,
  SEED,
  useTestDb,
} from '../testing/helpers';

/**
 * Translations are fields of the record: an editor's save of one goes through the same
 * save as any edit (version check, revision, audit, workflow), and readers get them only
 * with the record, so a draft's translation never reaches them.
 */

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);
const reader = () => db.caller(null);

let serial = 0;
const freshSlug = () => `translation-test-${++serial}`;

function rest(path: string): Promise<Response> {
  return handleRestRequest(new Request(`http://accord.test/api/v1${path}`), () =>
    Promise.resolve(db.db),
  );
}

async function revisionsOf(type: 'commitment' | 'theme', id: number) {
  return db.db
    .select()
    .from(revisions)
    .where(and(eq(revisions.recordType, type), eq(revisions.recordId, id)))
    .orderBy(asc(revisions.version));
}

async function auditOf(id: number) {
  return db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.recordType, 'commitment'), eq(auditLog.recordId, String(id))))
    .orderBy(asc(auditLog.id));
}

const JA_TITLE = '試験用の約束の日本語題';

describe('saving a translation', () => {
  it('is an edit: a new version, a revision holding it and an audit entry with before/after', async () => {
    const data = sampleCommitment(freshSlug());
    const { id } = await editor().editor.commitment.create({ data });
    const ja = { title: translate(data.title, JA_TITLE) };
    const saved = await editor().editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, translations: { ja } },
    });
    expect(saved.version).toBe(2);
    expect((await editor().editor.commitment.get({ id })).data.translations).toEqual({ ja });

    const revs = await revisionsOf('commitment', id);
    expect(revs.map((r) => r.version)).toEqual([1, 2]);
    expect((revs[0]!.snapshot as Commitment).translations).toEqual({});
    expect((revs[1]!.snapshot as Commitment).translations).toEqual({ ja });
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['commitment.create', 'commitment.update']);
    expect((audit[1]!.before as Commitment).translations).toEqual({});
    expect((audit[1]!.after as Commitment).translations).toEqual({ ja });
  });

  it('on an older version is a conflict, and writes nothing', async () => {
    const data = sampleCommitment(freshSlug());
    const { id } = await editor().editor.commitment.create({ data });
    await db.caller(EDITOR_2).editor.commitment.update({
      id,
      expectedVersion: 1,
      data: { ...data, summary: 'Their newer English summary.' },
    });
    await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: 1,
        data: { ...data, translations: { ja: { title: translate(data.title, JA_TITLE) } } },
      }),
      'CONFLICT',
    );
    const got = await editor().editor.commitment.get({ id });
    expect(got.version).toBe(2);
    expect(got.data.translations).toEqual({});
    expect(await revisionsOf('commitment', id)).toHaveLength(2);
  });

  it('of a published commitment is an admin’s change, like any edit of it', async () => {
    const data = sampleCommitment(freshSlug());
    const id = await publishCommitment(admin(), data);
    const { version } = await editor().editor.commitment.get({ id });
    await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: version,
        data: { ...data, translations: { ja: { title: translate(data.title, JA_TITLE) } } },
      }),
      'FORBIDDEN',
    );
  });

  it('refuses a translation longer than the field allows, with 400 on its path', async () => {
    const data = sampleCommitment(freshSlug());
    const { id } = await editor().editor.commitment.create({ data });
    const error = await expectTRPCError(
      editor().editor.commitment.update({
        id,
        expectedVersion: 1,
        data: { ...data, translations: { ja: { title: translate(data.title, 'あ'.repeat(201)) } } },
      }),
      'BAD_REQUEST',
    );
    expect(error.message).toContain('translations');
  });

  it('of a theme is saved with it and shown to readers with the brief on its page only', async () => {
    const [chips] = await db.db
      .select({ id: themes.id, version: themes.version })
      .from(themes)
      .where(eq(themes.slug, 'chips'));
    // Themes are reference data: an admin edits them, translations included.
    const { data } = await admin().editor.theme.get({ id: chips!.id });
    const ja: Theme['translations']['ja'] = {
      title: translate(data.title, '半導体・AI・先端技術'),
      brief: translate(data.brief, '日本語の概要。'),
    };
    await admin().editor.theme.update({
      id: chips!.id,
      expectedVersion: chips!.version,
      data: { ...data, translations: { ja } },
    });
    expect((await revisionsOf('theme', chips!.id)).at(-1)!.snapshot).toMatchObject({
      translations: { ja },
    });
    const page = await reader().theme.bySlug({ slug: 'chips' });
    expect(page.translations).toEqual({
      ja: {
        title: { text: '半導体・AI・先端技術', stale: false },
        brief: { text: '日本語の概要。', stale: false },
      },
    });
    const listed = (await reader().theme.list({ limit: 100 })).items.find(
      (t) => t.slug === 'chips',
    );
    expect(listed!.translations).toEqual({
      ja: { title: { text: '半導体・AI・先端技術', stale: false } },
    });
  });
});

describe('readers and translations', () => {
  it('never see a draft’s translation, and see a published one, marked stale once the English changes', async () => {
    const secret = `下書きの翻訳 ${freshSlug()}`;
    const data = sampleCommitment(freshSlug(), {});
    const withJa = { ...data, translations: { ja: { title: translate(data.title, secret) } } };
    const { id } = await editor().editor.commitment.create({ data: withJa });

    // A draft: in no public answer, over tRPC or REST.
    await expectTRPCError(reader().commitment.bySlug({ slug: data.slug }), 'NOT_FOUND');
    const list = await reader().commitment.list({ theme: data.theme, limit: 100 });
    expect(JSON.stringify(list)).not.toContain(secret);
    const theme = await reader().theme.bySlug({ slug: data.theme });
    expect(JSON.stringify(theme)).not.toContain(secret);
    expect((await rest(`/commitments/${data.slug}`)).status).toBe(404);
    expect(await (await rest(`/commitments?theme=${data.theme}&limit=100`)).text()).not.toContain(
      secret,
    );

    // Published: readers get it, over tRPC and REST alike.
    let { version } = await admin().editor.commitment.submit({ id, expectedVersion: 1 });
    ({ version } = await admin().editor.commitment.setState({
      id,
      expectedVersion: version,
      to: 'published',
    }));
    const shown = await reader().commitment.bySlug({ slug: data.slug });
    expect(shown.translations).toEqual({ ja: { title: { text: secret, stale: false } } });
    const overRest = (await (await rest(`/commitments/${data.slug}`)).json()) as {
      translations: unknown;
    };
    expect(overRest.translations).toEqual({ ja: { title: { text: secret, stale: false } } });

    // The English title changes: the Japanese is still shown, marked older than the English.
    await admin().editor.commitment.update({
      id,
      expectedVersion: version,
      data: { ...withJa, title: `${data.title}, revised` },
    });
    const after = await reader().commitment.bySlug({ slug: data.slug });
    expect(after.translations.ja?.title).toEqual({ text: secret, stale: true });
    expect(textHash(after.title)).not.toBe(withJa.translations.ja.title.from);
  });
});

describe('translating a status note', () => {
  const NOTE = 'An update made for a test.';
  const JA_NOTE = '試験のために記録した更新。';

  /** A commitment with one recorded update, published or a draft; its id, version, update id. */
  async function withUpdate(published: boolean) {
    const data = sampleCommitment(freshSlug());
    const id = published
      ? await publishCommitment(admin(), data, [{ note: NOTE }])
      : (await editor().editor.commitment.create({ data })).id;
    if (!published) {
      await editor().editor.commitment.recordStatus({
        id,
        expectedVersion: 1,
        update: {
          effectiveOn: '2023-05-18',
          status: 'in_progress',
          note: NOTE,
          sources: [],
          party: null,
        },
      });
    }
    const got = await editor().editor.commitment.get({ id });
    return { id, slug: data.slug, version: got.version, updateId: got.history[0]!.id, got };
  }

  it('can come with the update when it is recorded', async () => {
    const data = sampleCommitment(freshSlug());
    const { id } = await editor().editor.commitment.create({ data });
    const ja = { note: translate(NOTE, JA_NOTE) };
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 1,
      update: {
        effectiveOn: '2023-05-18',
        status: 'in_progress',
        note: NOTE,
        sources: [],
        party: null,
        translations: { ja },
      },
    });
    expect((await editor().editor.commitment.get({ id })).history[0]!.translations).toEqual({ ja });
  });

  it('is a save of the commitment: a version, a revision and an audit entry, the English kept', async () => {
    const { id, version, updateId, got } = await withUpdate(false);
    const ja = { note: translate(NOTE, JA_NOTE) };
    const saved = await editor().editor.commitment.translateStatus({
      id,
      expectedVersion: version,
      statusUpdateId: updateId,
      translations: { ja },
    });
    expect(saved.version).toBe(version + 1);
    const after = await editor().editor.commitment.get({ id });
    expect(after.history).toEqual([{ ...got.history[0]!, translations: { ja } }]);
    expect(after.data).toEqual(got.data);
    const revs = await revisionsOf('commitment', id);
    expect((revs.at(-1)!.snapshot as Commitment).history[0]!.translations).toEqual({ ja });
    const audit = await auditOf(id);
    expect(audit.at(-1)!.action).toBe('commitment.translate');
    expect((audit.at(-1)!.before as Commitment).history[0]!.translations).toEqual({});
  });

  it('on an older version is a conflict; an unknown update is a 404; too long is a 400', async () => {
    const { id, version, updateId } = await withUpdate(false);
    const translations = { ja: { note: translate(NOTE, JA_NOTE) } };
    await expectTRPCError(
      editor().editor.commitment.translateStatus({
        id,
        expectedVersion: version - 1,
        statusUpdateId: updateId,
        translations,
      }),
      'CONFLICT',
    );
    await expectTRPCError(
      editor().editor.commitment.translateStatus({
        id,
        expectedVersion: version,
        statusUpdateId: updateId + 100_000,
        translations,
      }),
      'NOT_FOUND',
    );
    const tooLong = { ja: { note: translate(NOTE, 'あ'.repeat(4001)) } };
    await expectTRPCError(
      editor().editor.commitment.translateStatus({
        id,
        expectedVersion: version,
        statusUpdateId: updateId,
        translations: tooLong,
      }),
      'BAD_REQUEST',
    );
    expect((await editor().editor.commitment.get({ id })).version).toBe(version);
  });

  it('of a published commitment is an admin’s change; readers then get it over tRPC and REST', async () => {
    const { id, slug, version, updateId } = await withUpdate(true);
    const translations = { ja: { note: translate(NOTE, JA_NOTE) } };
    const input = { id, expectedVersion: version, statusUpdateId: updateId, translations };
    await expectTRPCError(editor().editor.commitment.translateStatus(input), 'FORBIDDEN');
    expect((await reader().commitment.bySlug({ slug })).history[0]!.translations).toEqual({});

    await admin().editor.commitment.translateStatus(input);
    const shown = await reader().commitment.bySlug({ slug });
    expect(shown.history[0]!.translations).toEqual({
      ja: { note: { text: JA_NOTE, stale: false } },
    });
    const overRest = (await (await rest(`/commitments/${slug}`)).json()) as {
      history: { translations: unknown }[];
    };
    expect(overRest.history[0]!.translations).toEqual(shown.history[0]!.translations);
  });

  it('made from another English text is shown to readers as older than the English', async () => {
    const { id, slug, version, updateId } = await withUpdate(true);
    await admin().editor.commitment.translateStatus({
      id,
      expectedVersion: version,
      statusUpdateId: updateId,
      translations: { ja: { note: translate('An earlier wording.', JA_NOTE) } },
    });
    expect((await reader().commitment.bySlug({ slug })).history[0]!.translations).toEqual({
      ja: { note: { text: JA_NOTE, stale: true } },
    });
  });
});

describe("a meeting's accounts", () => {
  it('reach readers with their Japanese topic and note, and the quotes in their own words', async () => {
    const meeting = await reader().meeting.bySlug({ slug: 'kishida-biden-hiroshima-2023' });
    expect(meeting.accounts.length).toBeGreaterThan(0);
    for (const account of meeting.accounts) {
      expect(account.translations.ja?.topic?.stale, account.topic).toBe(false);
      expect(account.translations.ja?.note?.text, account.topic).toMatch(/[\u3040-\u30ff]/);
      for (const quote of account.quotes) expect(quote).not.toHaveProperty('translations');
    }
  });
});

describe("a commitment's tracking text", () => {
  it('reaches readers with each dispute, claim, lineage note and target note in Japanese', async () => {
    const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const c = await reader().commitment.bySlug({ slug: 'tokyo-startup-hub-with-mit' });
    expect(c.disputes.length).toBeGreaterThan(0);
    for (const d of c.disputes) {
      expect(d.translations.ja?.topic?.stale, d.topic).toBe(false);
      expect(d.translations.ja?.topic?.text, d.topic).toMatch(JA);
      expect(d.translations.ja?.note?.stale, d.topic).toBe(false);
      for (const k of d.claims) expect(k.translations.ja?.claim?.text, k.claim).toMatch(JA);
    }
    expect(c.target?.note).toBeTruthy();
    expect(c.translations.ja?.targetNote?.text).toMatch(JA);
    // Lists carry the target note's translation too, beside the title and summary.
    const listed = (await reader().commitment.list({ theme: 'chips', limit: 100 })).items.find(
      (i) => i.slug === c.slug,
    );
    expect(listed?.translations.ja?.targetNote).toEqual(c.translations.ja?.targetNote);

    const withLinks = await reader().commitment.bySlug({
      slug: 'semiconductor-and-ai-cooperation',
    });
    const noted = withLinks.lineage.filter((l) => l.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const l of noted) expect(l.translations.ja?.note?.text, l.note!).toMatch(JA);

    // REST gives the same, from the same view.
    const overRest = (await (await rest(`/commitments/${c.slug}`)).json()) as typeof c;
    expect(overRest.disputes.map((d) => d.translations)).toEqual(
      c.disputes.map((d) => d.translations),
    );
  });
});

describe('meetings and parties', () => {
  it('reach readers with their Japanese title, place, summary and context, and names', async () => {
    const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const meeting = await reader().meeting.bySlug({ slug: 'kishida-biden-hiroshima-2023' });
    for (const field of ['title', 'place', 'summary', 'context'] as const) {
      expect(meeting.translations.ja?.[field]?.stale, field).toBe(false);
      expect(meeting.translations.ja?.[field]?.text, field).toMatch(JA);
    }
    // The list carries all but the context, which only the meeting's own page shows.
    const listed = (await reader().meeting.list({ limit: 100 })).items.find(
      (m) => m.slug === meeting.slug,
    );
    expect(Object.keys(listed!.translations.ja ?? {}).sort()).toEqual([
      'place',
      'summary',
      'title',
    ]);

    const party = await reader().party.bySlug({ slug: 'jp' });
    expect(party.translations.ja?.name).toEqual({ text: '日本', stale: false });
    const parties = await reader().party.list({ limit: 100 });
    expect(parties.items.find((p) => p.slug === 'us')?.translations.ja?.shortName?.text).toBe(
      '米国',
    );
    // REST gives the same, from the same view.
    const overRest = (await (await rest('/parties/jp')).json()) as typeof party;
    expect(overRest.translations).toEqual(party.translations);
  });

  it("carry each participant's Japanese name and office, saved with the meeting, stale once the English changes", async () => {
    const slug = `translated-meeting-${freshSlug()}`;
    // Held alongside nothing: the seeded summit's side meetings are all translated (above).
    const meeting = { ...sampleReference.meeting(slug), parentSlug: null };
    const person = meeting.participants[0]!;
    const { id } = await admin().editor.meeting.create({
      data: {
        ...meeting,
        participants: [
          {
            ...person,
            translations: {
              ja: {
                name: translate(person.name, '試験 太郎'),
                office: translate(person.office, '首相'),
              },
            },
          },
        ],
      },
    });
    const read = async () => (await reader().meeting.bySlug({ slug })).participants[0]!;
    expect((await read()).translations).toEqual({
      ja: { name: { text: '試験 太郎', stale: false }, office: { text: '首相', stale: false } },
    });
    // The editor's own read gives back what was stored, fingerprints and all.
    const stored = await admin().editor.meeting.get({ id });
    expect(stored.data.participants[0]!.translations.ja?.office).toEqual(
      translate(person.office, '首相'),
    );
    await admin().editor.meeting.update({
      id,
      expectedVersion: stored.version,
      data: {
        ...stored.data,
        participants: [{ ...stored.data.participants[0]!, office: 'Foreign Minister' }],
      },
    });
    expect((await read()).translations.ja?.office).toEqual({ text: '首相', stale: true });
    // A participant's translation is bounded like its English: 120 characters.
    const tooLong = await admin()
      .editor.meeting.update({
        id,
        expectedVersion: stored.version + 1,
        data: {
          ...stored.data,
          participants: [
            {
              ...stored.data.participants[0]!,
              translations: { ja: { name: translate(person.name, 'あ'.repeat(121)) } },
            },
          ],
        },
      })
      .catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a translated party name longer than the English may be, with 400 on its path', async () => {
    const created = await admin()
      .editor.party.create({
        data: {
          slug: `translated-party-${freshSlug()}`,
          name: 'A party',
          shortName: 'Party',
          kind: 'organisation',
          countryCode: null,
          description: null,
          translations: { ja: { shortName: translate('Party', 'あ'.repeat(41)) } },
        },
      })
      .catch((e: unknown) => e);
    expect(created).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('records named on other records’ pages', () => {
  const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const current = { text: expect.stringMatching(JA) as unknown, stale: false };

  it('carry their names in Japanese: theme, meeting, parties, parent, sub-commitments, lineage, speakers', async () => {
    const sub = await reader().commitment.bySlug({
      slug: 'us-japan-minerals-investment-ministerial',
    });
    expect(sub.theme.translations).toEqual({ ja: { title: current } });
    expect(sub.meeting.translations).toEqual({ ja: { title: current } });
    expect(sub.parties.length).toBeGreaterThan(0);
    for (const p of sub.parties) {
      expect(p.translations, p.slug).toEqual({ ja: { name: current, shortName: current } });
    }
    expect(sub.parent?.translations).toEqual({ ja: { title: current } });

    const parent = await reader().commitment.bySlug({ slug: sub.parent!.slug });
    expect(parent.subCommitments.length).toBeGreaterThanOrEqual(2);
    for (const r of parent.subCommitments)
      expect(r.translations.ja?.title, r.slug).toEqual(current);

    // Each quote's speaker's party by its Japanese name; the words themselves never translated.
    const seeded = (await reader().commitment.list({ limit: 100 })).items.filter(
      (i) => !i.slug.startsWith('translation-test'),
    );
    const all = await Promise.all(seeded.map((i) => reader().commitment.bySlug({ slug: i.slug })));
    const quotes = all.flatMap((d) => d.quotes);
    const spoken = quotes.filter((q) => q.attribution.partyName !== null);
    expect(spoken.length).toBeGreaterThan(0);
    for (const q of spoken)
      expect(q.attribution.translations.ja?.partyName, q.text).toEqual(current);
    for (const q of quotes.filter((x) => x.attribution.partyName === null)) {
      expect(q.attribution.translations).toEqual({});
    }
    const lineage = all.flatMap((d) => d.lineage);
    expect(lineage.length).toBeGreaterThan(0);
    for (const l of lineage)
      expect(l.meeting.translations.ja?.title, l.meeting.slug).toEqual(current);

    // A per-party track and its updates name the party in Japanese.
    const tracked = all.find((d) => d.tracks.length > 0);
    expect(tracked).toBeDefined();
    for (const t of tracked!.tracks)
      expect(t.party.translations.ja?.name, t.party.slug).toEqual(current);
    const partyUpdates = tracked!.history.filter((u) => u.party !== null);
    expect(partyUpdates.length).toBeGreaterThan(0);
    for (const u of partyUpdates) expect(u.party!.translations.ja?.shortName).toEqual(current);

    // Lists carry the same references as the detail.
    const listed = (await reader().commitment.list({ theme: sub.theme.slug, limit: 100 })).items;
    const item = listed.find((i) => i.slug === sub.slug)!;
    expect({ theme: item.theme, meeting: item.meeting, parties: item.parties }).toEqual({
      theme: sub.theme,
      meeting: sub.meeting,
      parties: sub.parties,
    });
    // REST gives the same, from the same view.
    const overRest = (await (await rest(`/commitments/${sub.slug}`)).json()) as typeof sub;
    expect([overRest.theme, overRest.parent, overRest.parties]).toEqual([
      sub.theme,
      sub.parent,
      sub.parties,
    ]);
  });

  it('on a meeting’s page and a source’s page: the parent, side meetings, participants and commitments', async () => {
    const summit = await reader().meeting.bySlug({ slug: 'g7-hiroshima-summit-2023' });
    expect(summit.children.length).toBeGreaterThan(0);
    for (const m of summit.children) expect(m.translations.ja?.title, m.slug).toEqual(current);
    const meeting = await reader().meeting.bySlug({ slug: summit.children[0]!.slug });
    expect(meeting.parent?.translations.ja?.title).toEqual(current);
    expect(meeting.participants.length).toBeGreaterThan(0);
    for (const p of meeting.participants) {
      expect(p.party.translations.ja?.name, p.party.slug).toEqual(current);
    }
    for (const account of meeting.accounts) {
      for (const q of account.quotes.filter((x) => x.attribution.partyName !== null)) {
        expect(q.attribution.translations.ja?.partyName, q.text).toEqual(current);
      }
    }
    // The seeded commitments quoting the day's source (a test here adds untranslated ones).
    const source = await reader().source.bySlug({ slug: SEED.source });
    const quoted = source.quotes.filter((q) => !q.commitment.slug.startsWith('translation-test'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) {
      expect(q.commitment.translations.ja?.title, q.commitment.slug).toEqual(current);
    }
  });

  it('are marked older than the English once a party is renamed, and absent for one never translated', async () => {
    const slug = `named-party-${freshSlug()}`;
    const party = {
      ...sampleReference.party(slug),
      translations: {
        ja: {
          name: translate(`Test party ${slug}`, '試験用の当事者'),
          shortName: translate('Test', '試験'),
        },
      },
    };
    const { id } = await admin().editor.party.create({ data: party });
    const commitmentSlug = freshSlug();
    await publishCommitment(
      admin(),
      sampleCommitment(commitmentSlug, {
        parties: [
          { party: slug, role: 'committer' },
          { party: 'us', role: 'partner' },
        ],
      }),
    );
    const named = async () =>
      (await reader().commitment.bySlug({ slug: commitmentSlug })).parties.find(
        (p) => p.slug === slug,
      )!;
    expect((await named()).translations).toEqual({
      ja: {
        name: { text: '試験用の当事者', stale: false },
        shortName: { text: '試験', stale: false },
      },
    });
    await admin().editor.party.update({
      id,
      expectedVersion: 1,
      data: { ...party, name: `Renamed party ${slug}` },
    });
    expect((await named()).translations).toEqual({
      ja: {
        name: { text: '試験用の当事者', stale: true },
        shortName: { text: '試験', stale: false },
      },
    });

    const plain = sampleReference.party(`plain-party-${freshSlug()}`);
    await admin().editor.party.create({ data: plain });
    const other = freshSlug();
    await publishCommitment(
      admin(),
      sampleCommitment(other, { parties: [{ party: plain.slug, role: 'committer' }] }),
    );
    const [only] = (await reader().commitment.bySlug({ slug: other })).parties;
    expect(only).toMatchObject({ slug: plain.slug, translations: {} });
  });
});

describe('translateStatus as an attacker calls it', () => {
  it('refuses a reader signed out, NUL and broken characters, and an unknown language, changing nothing', async () => {
    const data = sampleCommitment(freshSlug());
    const { id } = await editor().editor.commitment.create({ data });
    await editor().editor.commitment.recordStatus({
      id,
      expectedVersion: 1,
      update: {
        effectiveOn: '2023-05-18',
        status: 'in_progress',
        note: 'Begun.',
        sources: [],
        party: null,
      },
    });
    const { history, version } = await editor().editor.commitment.get({ id });
    const input = (translations: unknown) =>
      ({ id, expectedVersion: version, statusUpdateId: history[0]!.id, translations }) as never;
    const ok = { ja: { note: translate('Begun.', '始まった。') } };
    await expectTRPCError(reader().editor.commitment.translateStatus(input(ok)), 'UNAUTHORIZED');
    for (const text of ['始\u0000まった', 'broken \ud800 half']) {
      await expectTRPCError(
        editor().editor.commitment.translateStatus(
          input({ ja: { note: translate('Begun.', text) } }),
        ),
        'BAD_REQUEST',
      );
    }
    await expectTRPCError(
      editor().editor.commitment.translateStatus(input({ fr: { note: translate('Begun.', 'x') } })),
      'BAD_REQUEST',
    );
    await expectTRPCError(
      editor().editor.commitment.translateStatus(
        input({ ja: { note: { text: 'x', from: 'nope' } } }),
      ),
      'BAD_REQUEST',
    );
    const after = await editor().editor.commitment.get({ id });
    expect(after.version).toBe(version);
    expect(after.history[0]!.translations).toEqual({});
  });
});
