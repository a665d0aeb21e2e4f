import { validateDataset } from '@accord/db';
import { describe, expect, it } from 'vitest';
import { createRandom, datasetShape, generateDataset } from './generate';

describe('generateDataset', () => {
  it('produces a dataset the seed validator accepts', () => {
    const data = generateDataset({ commitments: 200 });
    expect(() => validateDataset(data)).not.toThrow();
    expect(data.commitments).toHaveLength(200);
    const shape = datasetShape(200);
    expect(data.meetings).toHaveLength(shape.meetings);
    expect(data.themes).toHaveLength(shape.themes);
    expect(data.commitments.every((c) => c.quotes.length > 0 && c.parties.length > 0)).toBe(true);
    expect(data.commitments.some((c) => c.history.length > 0)).toBe(true);
    expect(data.commitments.some((c) => c.editorialState === 'draft')).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const a = generateDataset({ commitments: 50, seed: 7 });
    const b = generateDataset({ commitments: 50, seed: 7 });
    const c = generateDataset({ commitments: 50, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('draws numbers in [0, 1) from the seeded generator', () => {
    const rnd = createRandom(1);
    const draws = Array.from({ length: 1000 }, () => rnd.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
