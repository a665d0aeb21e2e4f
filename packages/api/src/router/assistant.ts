import { assistantPoolErrorKind, isProposeError, proposePool } from '@accord/assistant/pool';
import { ProposeInput, ProposeResult } from '@accord/domain';
import { type TRPCRouterRecord, TRPCError } from '@trpc/server';
import { procedure } from '../trpc';
import { assistantAcceptRouter } from './editor/assistant';

export const assistantRouter = {
  /**
   * The editors' assistant: the commitments it proposes in a pasted text. Reads and writes
   * nothing; a mutation only so that a long text travels in the body, not the URL. The text
   * is read in a worker thread (@accord/assistant/pool), never on this process's event loop:
   * a full queue is a 429, a text over the time limit or a worker that died a 503.
   */
  propose: procedure
    .input(ProposeInput)
    .output(ProposeResult)
    .mutation(async ({ input }) => {
      try {
        return await proposePool().propose(input.text, { source: input.source });
      } catch (error) {
        if (isProposeError(error)) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
        }
        const kind = assistantPoolErrorKind(error);
        if (kind === 'busy') {
          // With Retry-After (http.ts): a queued text takes about a second.
          throw new TRPCError({
            code: 'TOO_MANY_REQUESTS',
            message: (error as Error).message,
            cause: error,
          });
        }
        if (kind) {
          // A time-out or a dead worker: the same text may be read once the pool is free again.
          throw new TRPCError({
            code: 'SERVICE_UNAVAILABLE',
            message: (error as Error).message,
            cause: error,
          });
        }
        throw error;
      }
    }),

  // Accepting proposals (matches, accept): router/editor/assistant.ts.
  ...assistantAcceptRouter,
} satisfies TRPCRouterRecord;
