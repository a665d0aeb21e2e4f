import type { AppRouter as ServerRouter } from '@accord/api';
import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppRouter, RouterInputs, RouterOutputs } from './router';

// Compile-time checks (`pnpm typecheck` compiles this file): the client's view of the router,
// which is what the published types carry, must not drift from what the server declares.
describe("the client's AppRouter", () => {
  it('has exactly the server procedures, with their inputs', () => {
    expectTypeOf<RouterInputs>().toEqualTypeOf<inferRouterInputs<ServerRouter>>();
  });

  it('gives exactly the outputs the server declares', () => {
    expectTypeOf<RouterOutputs>().toEqualTypeOf<inferRouterOutputs<ServerRouter>>();
    expectTypeOf<
      RouterOutputs['commitment']['list']['items'][number]['updatedAt']
    >().toEqualTypeOf<Date>();
  });

  it('has the same error shape and the superjson transformer', () => {
    expectTypeOf<inferRouterError<AppRouter>>().toEqualTypeOf<inferRouterError<ServerRouter>>();
    expectTypeOf<AppRouter['_def']['_config']['$types']['transformer']>().toEqualTypeOf<true>();
  });

  it("leaves out the server's context, which names its database", () => {
    expectTypeOf<AppRouter['_def']['_config']['$types']['ctx']>().toEqualTypeOf<object>();
  });
});
