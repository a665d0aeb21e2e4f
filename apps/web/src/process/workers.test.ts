import { describe, expect, it } from 'vitest';
import { chooseWorkers } from './workers';

describe('chooseWorkers', () => {
  it('runs one worker by default, and one per core on PostgreSQL with auto', () => {
    expect(chooseWorkers({ requested: undefined, onPostgres: true, cores: 4 })).toEqual({
      workers: 1,
    });
    expect(chooseWorkers({ requested: 'auto', onPostgres: true, cores: 4 })).toEqual({
      workers: 4,
    });
  });

  it('takes ACCORD_WORKERS on PostgreSQL', () => {
    expect(chooseWorkers({ requested: '3', onPostgres: true, cores: 8 })).toEqual({ workers: 3 });
  });

  it('runs one worker on the embedded database, whatever is asked, and says why', () => {
    expect(chooseWorkers({ requested: undefined, onPostgres: false, cores: 8 })).toEqual({
      workers: 1,
    });
    const forced = chooseWorkers({ requested: '4', onPostgres: false, cores: 8 });
    expect(forced.workers).toBe(1);
    expect(forced.note).toMatch(/embedded database/);
  });

  it('refuses a count that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '65'])
      expect(() => chooseWorkers({ requested: bad, onPostgres: true, cores: 2 })).toThrow(
        /ACCORD_WORKERS/,
      );
  });
});
