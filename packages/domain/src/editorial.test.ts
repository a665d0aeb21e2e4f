import { describe, expect, it } from 'vitest';
import {
  AdminPageInput,
  AuditListInput,
  decodeAdminCursor,
  encodeAdminCursor,
  CommitmentDraft,
  CommitmentInputs,
  diffRecords,
  Email,
  EditorListInput,
  Password,
  readersCanSee,
  EDITOR_SCHEMAS,
  MeetingInputs,
  PartyInputs,
  RECORD_SCHEMAS,
  SourceInputs,
  ThemeInputs,
  type RecordData,
  RecordStatusInput,
  RestoreInput,
  SetStateInput,
  SignInInput,
  StatusUpdateDraft,
  UserCreateInput,
  UserRoleInput,
} from './editorial';

const draft: CommitmentDraft = {
  slug: 'a-commitment',
  meeting: 'a-meeting',
  theme: 'chips',
  tags: [],
  title: 'A title',
  summary: 'A summary.',
  strength: 'committed',
  parties: [{ party: 'jp', role: 'committer' }],
  target: null,
  parent: null,
  reviewedOn: null,
  lineage: [],
  disputes: [],
  translations: {},
  quotes: [
    {
      text: 'words',
      form: 'verbatim',
      attribution: { kind: 'joint_statement', who: 'the leaders', party: null },
      source: 'a-source',
    },
  ],
};

describe('diffRecords', () => {
  it('finds nothing between equal records', () => {
    expect(diffRecords(draft, structuredClone(draft))).toEqual([]);
  });

  it('names each changed leaf by its dotted path, in a stable order', () => {
    const after = structuredClone(draft);
    after.title = 'New title';
    after.quotes[0]!.text = 'new words';
    after.quotes[0]!.attribution.party = 'jp';
    expect(diffRecords(draft, after)).toEqual([
      { path: 'title', before: 'A title', after: 'New title' },
      { path: 'quotes.0.text', before: 'words', after: 'new words' },
      { path: 'quotes.0.attribution.party', before: null, after: 'jp' },
    ]);
  });

  it('shows added and removed items and fields, with null for the missing side', () => {
    const before = { tags: [] as string[], target: null, parties: [{ party: 'jp' }] };
    const after = {
      tags: ['chips'],
      target: { date: '2030-01-01' },
      parties: [{ party: 'jp' }, { party: 'us' }],
    };
    const forward = [
      { path: 'tags.0', before: null, after: 'chips' },
      { path: 'target.date', before: null, after: '2030-01-01' },
      { path: 'parties.1.party', before: null, after: 'us' },
    ];
    expect(diffRecords(before, after)).toEqual(forward);
    expect(diffRecords(after, before)).toEqual(
      forward.map((c) => ({ path: c.path, before: c.after, after: c.before })),
    );
    // A field that appears as null is no visible change; one with a value is.
    expect(diffRecords({ a: 1 }, { a: 1, b: null })).toEqual([]);
    expect(diffRecords({ a: 1 }, { a: 1, b: 2 })).toEqual([{ path: 'b', before: null, after: 2 }]);
  });

  it('tells a number from a string of the same digits, and compares whole records', () => {
    expect(diffRecords({ position: 1 }, { position: '1' })).toEqual([
      { path: 'position', before: 1, after: '1' },
    ]);
    expect(diffRecords(null, { a: 1 })).toEqual([{ path: 'a', before: null, after: 1 }]);
    expect(diffRecords({ list: [1, 2] }, { list: [] })).toEqual([
      { path: 'list.0', before: 1, after: null },
      { path: 'list.1', before: 2, after: null },
    ]);
  });
});

describe('editorial schemas', () => {
  it('refuses keys an editor may not set, at every level that is strict', () => {
    expect(CommitmentDraft.safeParse(draft).success).toBe(true);
    for (const extra of [{ editorialState: 'published' }, { history: [] }, { version: 2 }]) {
      expect(CommitmentDraft.safeParse({ ...draft, ...extra }).success, Object.keys(extra)[0]).toBe(
        false,
      );
    }
    expect(
      CommitmentInputs.update.safeParse({ id: 1, expectedVersion: 1, data: draft, version: 3 })
        .success,
    ).toBe(false);
    expect(CommitmentInputs.update.safeParse({ id: 1, data: draft }).success).toBe(false);
    expect(
      CommitmentDraft.safeParse({
        ...draft,
        target: { date: '2030-01-01', precision: 'year', qualifier: 'by', note: null, extra: 1 },
      }).success,
    ).toBe(false);
    for (const type of ['meeting', 'party', 'theme', 'source'] as const) {
      const shape = RECORD_SCHEMAS[type].safeParse({ id: 1 });
      expect(shape.success).toBe(false);
      expect(
        shape.error?.issues.some((i) => i.code === 'unrecognized_keys'),
        type,
      ).toBe(true);
    }
  });

  it("keeps the slug “more” off the records an index lists: /sources/more/… are the index's later pages", () => {
    const source = {
      slug: 'more',
      title: 'More on chips',
      publisher: null,
      url: null,
      publishedOn: null,
      kind: 'news_report',
      language: 'en',
      description: null,
    };
    const party = {
      slug: 'more',
      name: 'More',
      shortName: 'More',
      kind: 'organisation',
      countryCode: null,
      description: null,
      translations: {},
    };
    for (const [inputs, data] of [
      [SourceInputs, source],
      [PartyInputs, party],
    ] as const) {
      const refused = inputs.create.safeParse({ data });
      const issues = refused.error?.issues ?? [];
      expect(issues.map((i) => i.path)).toEqual([['data', 'slug']]);
      expect(issues[0]?.message).toMatch(/“more” is kept for the later pages/);
      expect(
        inputs.update.safeParse({ id: 1, expectedVersion: 1, data }).success,
        'a rename to it',
      ).toBe(false);
      // Any other slug, "more" inside one included, is a slug like the rest.
      for (const slug of ['more-on-chips', 'no-more', 'mores'])
        expect(inputs.create.safeParse({ data: { ...data, slug } }).success, slug).toBe(true);
    }
    expect(MeetingInputs.create.shape.data).toBe(EDITOR_SCHEMAS.meeting);
    expect(EDITOR_SCHEMAS.meeting.safeParse({ slug: 'more' }).error?.issues).toContainEqual(
      expect.objectContaining({ path: ['slug'] }),
    );
    // Still strict, like the record; and what is stored stays readable as it is.
    expect(EDITOR_SCHEMAS.source.safeParse({ ...source, slug: 'x', id: 1 }).success).toBe(false);
    expect(RECORD_SCHEMAS.source.safeParse(source).success).toBe(true);
    // Themes and commitments have no index of their own at /themes or /commitments.
    expect(ThemeInputs.create.shape.data).toBe(RECORD_SCHEMAS.theme);
  });

  it('takes a status update without an author: the server sets it', () => {
    const update = {
      effectiveOn: '2024-01-01',
      status: 'in_progress',
      note: 'Started.',
      sources: [],
    };
    expect(StatusUpdateDraft.safeParse(update).success).toBe(true);
    expect(StatusUpdateDraft.safeParse({ ...update, author: 'Someone' }).success).toBe(false);
    expect(
      RecordStatusInput.safeParse({ id: 1, expectedVersion: 1, update: { ...update, note: '' } })
        .success,
    ).toBe(false);
  });

  it('validates emails: trimmed, lower-cased, well-formed, at most 254 characters', () => {
    expect(Email.parse('  Eda@Example.ORG ')).toBe('eda@example.org');
    for (const bad of ['', 'eda', 'eda@', '@example.org', 'eda example@x.org']) {
      expect(Email.safeParse(bad).success, bad).toBe(false);
    }
    expect(Email.safeParse(`${'a'.repeat(64)}@${'b'.repeat(190)}.org`).success).toBe(false);
    expect(Email.safeParse('Enter an email').error?.issues[0]?.message).toMatch(/email address/);
  });

  it('takes passwords of 12 to 128 characters, with no composition rules', () => {
    expect(Password.safeParse('a'.repeat(11)).success).toBe(false);
    expect(Password.safeParse('a'.repeat(12)).success).toBe(true);
    expect(Password.safeParse('correct horse battery staple').success).toBe(true);
    expect(Password.safeParse('a'.repeat(128)).success).toBe(true);
    expect(Password.safeParse('a'.repeat(129)).success).toBe(false);
    expect(Password.safeParse('short').error?.issues[0]?.message).toBe(
      'A password has at least 12 characters',
    );
  });

  it('checks user inputs strictly, with the two roles only', () => {
    const user = {
      email: 'new@example.org',
      name: 'New Person',
      role: 'editor',
      password: 'a long enough password',
    };
    expect(UserCreateInput.safeParse(user).success).toBe(true);
    expect(UserCreateInput.safeParse({ ...user, role: 'owner' }).success).toBe(false);
    expect(UserCreateInput.safeParse({ ...user, name: '  ' }).success).toBe(false);
    expect(UserCreateInput.safeParse({ ...user, disabled: false }).success).toBe(false);
    expect(UserRoleInput.safeParse({ id: 'x', role: 'admin' }).success).toBe(true);
    expect(UserRoleInput.safeParse({ id: '', role: 'admin' }).success).toBe(false);
    expect(SignInInput.safeParse({ email: 'a@b.org', password: 'x' }).success).toBe(true);
    expect(SignInInput.safeParse({ email: 'a@b.org', password: 'x', remember: true }).success).toBe(
      false,
    );
  });

  it('bounds ids, versions, states and page sizes', () => {
    expect(SetStateInput.safeParse({ id: 1, expectedVersion: 1, to: 'published' }).success).toBe(
      true,
    );
    expect(SetStateInput.safeParse({ id: 1, expectedVersion: 1, to: 'deleted' }).success).toBe(
      false,
    );
    expect(SetStateInput.safeParse({ id: 0, expectedVersion: 1, to: 'draft' }).success).toBe(false);
    expect(SetStateInput.safeParse({ id: 1, expectedVersion: 1.5, to: 'draft' }).success).toBe(
      false,
    );
    expect(
      RestoreInput.safeParse({ type: 'user', id: 1, version: 1, expectedVersion: 1 }).success,
    ).toBe(false);
    expect(EditorListInput.parse({})).toEqual({ limit: 50 });
    expect(EditorListInput.safeParse({ limit: 201 }).success).toBe(false);
    expect(AuditListInput.parse({})).toEqual({ limit: 50 });
    expect(AuditListInput.safeParse({ before: 1 }).success).toBe(false);
  });
});

describe('readersCanSee', () => {
  it('shows a commitment only once published, and reference records always', () => {
    const base = { slug: 'x' } as unknown as RecordData['commitment'];
    for (const state of ['draft', 'review', 'archived'] as const) {
      expect(readersCanSee('commitment', { ...base, editorialState: state }), state).toBe(false);
    }
    expect(readersCanSee('commitment', { ...base, editorialState: 'published' })).toBe(true);
    expect(readersCanSee('source', { slug: 's' } as unknown as RecordData['source'])).toBe(true);
    expect(readersCanSee('meeting', { slug: 'm' } as unknown as RecordData['meeting'])).toBe(true);
  });
});

describe('admin list cursors', () => {
  it('round-trips a key, including text beyond ASCII', () => {
    const value = { d: 'prev' as const, k: ['2026-01-02T03:04:05.123456Z', 'zoë-ł', 42] };
    expect(decodeAdminCursor(encodeAdminCursor(value))).toEqual(value);
  });

  it('refuses a cursor it did not make', () => {
    for (const bad of [
      '',
      'a b',
      '!!!',
      btoa('{"d":"up","k":[1]}'),
      btoa('[1]'),
      'x'.repeat(700),
    ]) {
      expect(decodeAdminCursor(bad), bad).toBeNull();
      expect(AdminPageInput.safeParse({ cursor: bad }).success, bad).toBe(false);
    }
    expect(decodeAdminCursor(encodeAdminCursor({ d: 'next', k: [] }))).toBeNull();
    expect(AdminPageInput.parse({ q: '  ' })).toEqual({ limit: 50, q: undefined });
    expect(AdminPageInput.safeParse({ limit: 201 }).success).toBe(false);
  });
});
