/*
 * Compile-time checks of the typed paths in trpc.ts, run by `pnpm typecheck`: each
 * `@ts-expect-error` fails the typecheck if the error it expects goes away, so the paths and
 * inputs cannot silently become untyped (`any`) and stop guarding the scenarios.
 */
import { trpcMutation, trpcQuery, type TrpcTarget } from './trpc';

declare const target: TrpcTarget;

export async function typedPathChecks(): Promise<void> {
  // The editors' list takes `q` (it took `query` once, and a scenario kept sending it).
  await trpcQuery(target, 'editor.commitment.list', { q: 'outage' });
  // @ts-expect-error: `query` is not an input of the editors' list.
  await trpcQuery(target, 'editor.commitment.list', { query: 'outage' });
  // @ts-expect-error: no such procedure.
  await trpcQuery(target, 'editor.commitment.lists', {});
  // @ts-expect-error: a mutation is not sent as a query.
  await trpcQuery(target, 'editor.commitment.create', { data: {} });
  const page = await trpcQuery(target, 'commitment.list', { limit: 1 });
  // @ts-expect-error: the public list answers `items`, not `rows`.
  void page.data?.rows;
  // @ts-expect-error: an update needs the version it was based on.
  await trpcMutation(target, 'editor.commitment.update', { id: 1, data: {} });
}
