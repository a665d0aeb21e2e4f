import { type AppRouter, trpcErrorResponse } from '@accord/api';
import { wireTransformer } from '@accord/domain/wire';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeProblem, UNAVAILABLE_PROBLEM } from './trpc';

/** The admin forms' client, answered by the server's own 503 envelope (database away). */
function clientAnswering(res: () => Response) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: 'http://accord.test/api/trpc',
        transformer: wireTransformer,
        fetch: () => Promise.resolve(res()),
      }),
    ],
  });
}

describe('describeProblem', () => {
  it('tells an editor whose save got a 503 that the input is kept and to save again', async () => {
    const client = clientAnswering(() =>
      trpcErrorResponse(503, 'The service cannot reach its database right now.', {
        'Retry-After': '5',
      }),
    );
    const error: unknown = await client.admin.user.create.mutate({} as never).then(
      () => null,
      (e: unknown) => e,
    );
    const problem = describeProblem(error);
    expect(problem.code).toBe('SERVICE_UNAVAILABLE');
    expect(problem.message).toBe(UNAVAILABLE_PROBLEM);
    expect(problem.fields).toEqual({});
    expect(problem.conflict).toBeNull();
  });
});
