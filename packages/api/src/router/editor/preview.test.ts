import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  callOverHttp,
  EDITOR,
  expectTRPCError,
  publishCommitment,
  sampleCommitment,
  SEED,
  useTestDb,
} from '../../testing/helpers';

const db = useTestDb();
const editor = () => db.caller(EDITOR);
const admin = () => db.caller(ADMIN);
const reader = () => db.caller(null);

let serial = 0;
const freshSlug = () => `preview-test-${++serial}`;

describe('editor.preview.commitment', () => {
  it('shows a draft to an editor as the public page would, with its state', async () => {
    const slug = freshSlug();
    const title = `A preview-only title ${slug}`;
    const { id } = await editor().editor.commitment.create({
      data: sampleCommitment(slug, { title, tags: ['preview'] }),
    });

    const preview = await editor().editor.preview.commitment({ id });

    expect(preview.editorialState).toBe('draft');
    expect(preview.title).toBe(title);
    expect(preview.slug).toBe(slug);
    expect(preview.theme.slug).toBe('chips');
    expect(preview.meeting.slug).toBe(SEED.meeting);
    expect(preview.parties.map((p) => [p.slug, p.role])).toEqual([
      ['jp', 'committer'],
      ['us', 'partner'],
    ]);
    expect(preview.quotes.map((q) => q.text)).toEqual(['first test words', 'second test words']);
    expect(preview.quotes[0]!.source.slug).toBe(SEED.source);
    expect(preview.publishedAt).toBeNull();
    // Readers still get nothing: the preview is the only way to it.
    await expectTRPCError(reader().commitment.bySlug({ slug }), 'NOT_FOUND');
  });

  it('shows the current text of an item in review, after the editor changed it', async () => {
    const slug = freshSlug();
    const created = await editor().editor.commitment.create({ data: sampleCommitment(slug) });
    const changed = `Changed before review ${slug}`;
    const saved = await editor().editor.commitment.update({
      id: created.id,
      expectedVersion: created.version,
      data: sampleCommitment(slug, { title: changed }),
    });
    await editor().editor.commitment.submit({ id: created.id, expectedVersion: saved.version });

    const preview = await editor().editor.preview.commitment({ id: created.id });
    expect(preview.editorialState).toBe('review');
    expect(preview.title).toBe(changed);
  });

  it('is the same view as the public read for a published commitment', async () => {
    const slug = freshSlug();
    const id = await publishCommitment(admin(), sampleCommitment(slug), [{}]);

    const { editorialState, ...preview } = await editor().editor.preview.commitment({ id });

    expect(editorialState).toBe('published');
    expect(preview).toEqual(await reader().commitment.bySlug({ slug }));
  });

  it('is refused to anyone signed out, and says nothing of the record', async () => {
    const slug = freshSlug();
    const title = `A secret draft title ${slug}`;
    const { id } = await editor().editor.commitment.create({
      data: sampleCommitment(slug, { title }),
    });

    await expectTRPCError(reader().editor.preview.commitment({ id }), 'UNAUTHORIZED');
    const overHttp = await callOverHttp(db.db, null, 'editor.preview.commitment', { id });
    expect(overHttp.status).toBe(401);
    expect(overHttp.text).not.toContain(title);
    expect(overHttp.text).not.toContain(slug);
  });

  it('answers a signed-in editor over HTTP', async () => {
    const slug = freshSlug();
    const { id } = await editor().editor.commitment.create({ data: sampleCommitment(slug) });
    const response = await callOverHttp(db.db, EDITOR, 'editor.preview.commitment', { id });
    expect(response.status).toBe(200);
    expect(response.text).toContain(slug);
  });

  it('is a 404 for a commitment that does not exist, and a 400 for a malformed id', async () => {
    await expectTRPCError(editor().editor.preview.commitment({ id: 2_000_000_000 }), 'NOT_FOUND');
    const bad = await callOverHttp(db.db, EDITOR, 'editor.preview.commitment', { id: -1 });
    expect(bad.status).toBe(400);
  });
});
