import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commitments as dataset, ARTICLE } from '@accord/db/seed/hiroshima-2023';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from './documents';

const root = resolve(import.meta.dirname, '..', '..');
const seed = DOCUMENTS.find((d) => d.set === 'seed')!;

describe('the seed article’s annotations', () => {
  it('hold every commitment the dataset takes from the article, once', () => {
    const fromArticle = dataset
      .filter((c) => c.quotes.some((q) => q.source === ARTICLE))
      .map((c) => c.slug)
      .sort();
    expect(seed.commitments.map((g) => g.slug).sort()).toEqual(fromArticle);
  });

  it("agree with the dataset: the anchor is one of its quotes, with its theme, strength and that quote's attribution", () => {
    for (const gold of seed.commitments) {
      const commitment = dataset.find((c) => c.slug === gold.slug)!;
      const quote = commitment.quotes.find((q) => q.text === gold.anchor);
      expect(quote, gold.slug).toBeDefined();
      expect({ theme: gold.theme, strength: gold.strength, kind: gold.attribution }).toEqual({
        theme: commitment.theme,
        strength: commitment.strength,
        kind: quote!.attribution.kind,
      });
    }
  });
});

describe('the passages', () => {
  const passages = DOCUMENTS.filter((d) => d.set !== 'seed');

  it('are in the repository, each anchor once in its text', () => {
    for (const doc of passages) {
      const text = readFileSync(join(root, doc.path), 'utf8');
      for (const gold of doc.commitments) {
        expect(text.split(gold.anchor).length - 1, `${doc.id}: ${gold.anchor}`).toBe(1);
      }
    }
  });

  it('include a held-out set of at least four passages', () => {
    expect(passages.filter((d) => d.set === 'held-out').length).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!existsSync(join(root, seed.path)))('anchor the seed in the article exactly', () => {
    const text = readFileSync(join(root, seed.path), 'utf8');
    for (const gold of seed.commitments) expect(text).toContain(gold.anchor);
  });
});
