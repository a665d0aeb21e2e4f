import { expect, it, vi } from 'vitest';

// Without event-loop-turn.js, vitest starts the second test in the same chain of microtasks
// as the first: the immediate has not run, and neither would an RPC answer waiting in the pipe.
let turned = false;

it('a test whose awaits settle in microtasks, as PGlite queries do', async () => {
  setImmediate(() => {
    turned = true;
  });
  for (let i = 0; i < 100; i++) await Promise.resolve(i);
});

it('the event loop turns before the next test starts', () => {
  expect(turned).toBe(true);
});

// If the turn used the global setImmediate, the hook after this test would wait for a fake
// timer nobody advances, and fail on its timeout.
it('a test that leaves fake timers installed', () => {
  vi.useFakeTimers();
});

it('does not hang the turn after it', () => {
  vi.useRealTimers();
  expect(vi.isFakeTimers()).toBe(false);
});
