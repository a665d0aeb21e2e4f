import { propose, ProposeError } from '@accord/assistant';
import { ProposeInput, ProposeResult } from '@accord/domain';
import { type TRPCRouterRecord, TRPCError } from '@trpc/server';
import { procedure } from '../trpc';
import { assistantAcceptRouter } from './editor/assistant';

export const assistantRouter = {
  /**
   * The editors' assistant: the commitments it proposes in a pasted text. Reads and writes
   * nothing; a mutation only so that a long text travels in the body, not the URL.
   */
  propose: procedure
    .input(ProposeInput)
    .output(ProposeResult)
    .mutation(({ input }) => {
      try {
        return propose(input.text, { source: input.source });
      } catch (error) {
        if (error instanceof ProposeError) {
          throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
        }
        throw error;
      }
    }),

  // Accepting proposals (matches, accept): router/editor/assistant.ts.
  ...assistantAcceptRouter,
} satisfies TRPCRouterRecord;
