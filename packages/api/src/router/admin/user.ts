import {
  createUserAccount,
  EmailTakenError,
  revokeUserSessions,
  setUserPassword,
  updateUserAccount,
} from '@accord/auth';
import { appendAudit, type Database } from '@accord/db';
import {
  AdminPage,
  AdminPageInput,
  UserCreateInput,
  UserIdInput,
  UserNameInput,
  UserPasswordInput,
  UserRoleInput,
  UserView,
} from '@accord/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badInput } from '../../errors';
import { actorOf } from '../../editorial/save';
import { findUser, otherActiveAdmins, userList } from '../../queries/accounts';
import { type Context, procedure } from '../../trpc';

/** An admin may not lock the newsroom out: the last active admin stays an active admin. */
async function keepOneAdmin(db: Database, userId: string) {
  if ((await otherActiveAdmins(db, userId)) === 0) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'This is the last active admin. Make another admin first.',
    });
  }
}

/** One audited change to a user, in one transaction. */
async function changeUser(
  ctx: Context,
  id: string,
  action: string,
  summary: (user: Awaited<ReturnType<typeof findUser>>) => string,
  change: (tx: Database, user: Awaited<ReturnType<typeof findUser>>) => Promise<object>,
) {
  const actor = actorOf(ctx.viewer);
  await ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, id);
    const after = await change(tx, user);
    await appendAudit(tx, {
      actor,
      action: `user.${action}`,
      recordType: 'user',
      recordId: id,
      summary: summary(user),
      before: {
        email: user.email,
        name: user.name,
        role: user.role,
        disabled: user.disabledAt !== null,
      },
      after,
    });
  });
  return { id };
}

const Done = z.object({ id: z.string() });

export const adminUserRouter = {
  list: procedure
    .input(AdminPageInput.prefault({}))
    .output(AdminPage(UserView))
    .query(({ ctx, input }) => userList(ctx.db, input)),

  create: procedure
    .input(UserCreateInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx.viewer);
      try {
        const id = await ctx.db.transaction(async (tx) => {
          const userId = await createUserAccount(tx, input);
          await appendAudit(tx, {
            actor,
            action: 'user.create',
            recordType: 'user',
            recordId: userId,
            summary: `created ${input.role} ${input.email}`,
            after: { email: input.email, name: input.name, role: input.role },
          });
          return userId;
        });
        return { id };
      } catch (error) {
        if (error instanceof EmailTakenError) {
          throw badInput([{ path: ['email'], message: error.message }]);
        }
        throw error;
      }
    }),

  setRole: procedure
    .input(UserRoleInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'role',
        (u) => `made ${u.email} ${input.role === 'admin' ? 'an admin' : 'an editor'}`,
        async (tx, user) => {
          if (user.role === 'admin' && input.role !== 'admin') await keepOneAdmin(tx, user.id);
          await updateUserAccount(tx, input.id, { role: input.role });
          return { role: input.role };
        },
      ),
    ),

  /**
   * The name readers see as the author of status updates. Only admins set it (users cannot:
   * better-auth's update-user is not served), and every change is audited.
   */
  rename: procedure
    .input(UserNameInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'rename',
        (u) => `renamed ${u.email} from “${u.name}” to “${input.name}”`,
        async (tx) => {
          await updateUserAccount(tx, input.id, { name: input.name });
          return { name: input.name };
        },
      ),
    ),

  /** Disabling ends every session of the user at once. */
  disable: procedure
    .input(UserIdInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'disable',
        (u) => `disabled ${u.email}`,
        async (tx, user) => {
          if (user.id === ctx.viewer?.id) {
            throw new TRPCError({
              code: 'PRECONDITION_FAILED',
              message: 'You cannot disable yourself.',
            });
          }
          if (user.role === 'admin') await keepOneAdmin(tx, user.id);
          await updateUserAccount(tx, input.id, { disabledAt: new Date() });
          const ended = await revokeUserSessions(tx, input.id);
          return { disabled: true, sessionsEnded: ended };
        },
      ),
    ),

  enable: procedure
    .input(UserIdInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'enable',
        (u) => `enabled ${u.email}`,
        async (tx) => {
          await updateUserAccount(tx, input.id, { disabledAt: null });
          return { disabled: false };
        },
      ),
    ),

  /** A new password ends every session of the user, so an old one stops working at once. */
  setPassword: procedure
    .input(UserPasswordInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'password',
        (u) => `set a new password for ${u.email}`,
        async (tx) => {
          await setUserPassword(tx, input.id, input.password);
          return { password: 'changed' };
        },
      ),
    ),

  revokeSessions: procedure
    .input(UserIdInput)
    .output(Done)
    .mutation(({ ctx, input }) =>
      changeUser(
        ctx,
        input.id,
        'sessions',
        (u) => `signed ${u.email} out everywhere`,
        async (tx) => ({ sessionsEnded: await revokeUserSessions(tx, input.id) }),
      ),
    ),
} satisfies TRPCRouterRecord;
