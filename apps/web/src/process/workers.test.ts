import { describe, expect, it } from 'vitest';
import { chooseWorkers, WorkersSetting } from './workers';

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
    expect(chooseWorkers({ requested: 3, onPostgres: true, cores: 8 })).toEqual({ workers: 3 });
  });

  it('runs one worker on the embedded database, whatever is asked, and says why', () => {
    expect(chooseWorkers({ requested: undefined, onPostgres: false, cores: 8 })).toEqual({
      workers: 1,
    });
    const forced = chooseWorkers({ requested: 4, onPostgres: false, cores: 8 });
    expect(forced.workers).toBe(1);
    expect(forced.note).toMatch(/embedded database/);
  });

  it('reads ACCORD_WORKERS as unset, auto or a count from 1 to 64, and nothing else', () => {
    expect(WorkersSetting.parse(undefined)).toBeUndefined();
    expect(WorkersSetting.parse(' ')).toBeUndefined();
    expect(WorkersSetting.parse('auto')).toBe('auto');
    expect(WorkersSetting.parse(' 3 ')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two', '65', '1e1'])
      expect(WorkersSetting.safeParse(bad).success, bad).toBe(false);
  });
});
