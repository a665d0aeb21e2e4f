import { ApiKeyScopeError, createApiKey, revokeApiKey } from '@accord/auth';
import { appendAudit } from '@accord/db';
import {
  AdminPage,
  AdminPageInput,
  ApiKeyCreated,
  ApiKeyCreateInput,
  type ApiKeyStatus,
  ApiKeyView,
  ApiKeyIdInput,
} from '@accord/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../../editorial/save';
import { badInput } from '../../errors';
import { apiKeyRows, emailOf, findApiKey } from '../../queries/accounts';
import { procedure } from '../../trpc';

const DAY_MS = 24 * 60 * 60 * 1000;

function statusOf(
  row: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): ApiKeyStatus {
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * API keys for scripts and programs (see @accord/auth api-keys.ts): issued by an admin to a
 * user, with a scope no higher than that user's role; revoked at once. Every issue and
 * revocation is in the audit log; the key itself appears only in the answer to create.
 */
export const adminApiKeyRouter = {
  list: procedure
    .input(AdminPageInput.prefault({}))
    .output(AdminPage(ApiKeyView))
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const page = await apiKeyRows(ctx.db, input);
      return {
        ...page,
        items: page.items.map(({ key: _key, ...r }) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          expiresAt: iso(r.expiresAt),
          lastUsedAt: iso(r.lastUsedAt),
          revokedAt: iso(r.revokedAt),
          status: statusOf(r, now),
        })),
      };
    }),

  create: procedure
    .input(ApiKeyCreateInput)
    .output(ApiKeyCreated)
    .mutation(async ({ ctx, input }) => {
      const { viewer } = ctx;
      const actor = actorOf(viewer);
      if (!viewer) throw new TRPCError({ code: 'UNAUTHORIZED' }); // actorOf already refused
      const expiresAt =
        input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * DAY_MS);
      try {
        return await ctx.db.transaction(async (tx) => {
          const created = await createApiKey(tx, {
            userId: input.userId,
            name: input.name,
            scope: input.scope,
            expiresAt,
            createdBy: viewer.id,
            issuerRole: viewer.role,
          });
          const owner = (await emailOf(tx, input.userId)) ?? input.userId;
          await appendAudit(tx, {
            actor,
            action: 'api_key.create',
            recordType: 'api_key',
            recordId: created.id,
            summary: `issued ${input.scope} key “${input.name}” (${created.prefix}…) to ${owner}`,
            after: {
              name: input.name,
              prefix: created.prefix,
              owner,
              scope: input.scope,
              expiresAt: iso(expiresAt),
            },
          });
          return created;
        });
      } catch (error) {
        if (error instanceof ApiKeyScopeError) {
          const field = error.message.includes('scope') ? 'scope' : 'userId';
          throw badInput([{ path: [field], message: error.message }]);
        }
        throw error;
      }
    }),

  revoke: procedure
    .input(ApiKeyIdInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx.viewer);
      await ctx.db.transaction(async (tx) => {
        const key = await findApiKey(tx, input.id);
        if (!key)
          throw new TRPCError({ code: 'NOT_FOUND', message: `No API key with id ${input.id}.` });
        if (!(await revokeApiKey(tx, input.id))) {
          throw new TRPCError({
            code: 'PRECONDITION_FAILED',
            message: 'This key is already revoked.',
          });
        }
        await appendAudit(tx, {
          actor,
          action: 'api_key.revoke',
          recordType: 'api_key',
          recordId: input.id,
          summary: `revoked key “${key.name}” (${key.prefix}…)`,
          before: { revoked: false },
          after: { revoked: true },
        });
      });
      return { id: input.id };
    }),
} satisfies TRPCRouterRecord;
