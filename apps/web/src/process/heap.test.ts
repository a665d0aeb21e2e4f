import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './supervisor';

describe('workerExecArgv', () => {
  it("adds the heap cap to the primary's own flags", () => {
    expect(workerExecArgv(['--enable-source-maps'], undefined, 256)).toEqual([
      '--enable-source-maps',
      '--max-old-space-size=256',
    ]);
  });

  it("leaves the operator's own choice alone, in the flags or in NODE_OPTIONS", () => {
    expect(workerExecArgv(['--max-old-space-size=1024'], undefined, 256)).toEqual([
      '--max-old-space-size=1024',
    ]);
    expect(workerExecArgv([], '--trace-gc --max-old-space-size=2048', 256)).toEqual([]);
  });

  it('adds nothing when asked for no cap', () => {
    expect(workerExecArgv(['--inspect'], '', 0)).toEqual(['--inspect']);
  });
});
