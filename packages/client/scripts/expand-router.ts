// Not part of the package: scripts/build.ts compiles this file for its declaration only.
// TypeScript writes the inferred type of `appRouter` out in full, because the aliases that
// src/router.ts builds it with are private to that module; that text becomes the published
// `AppRouter`, which then needs nothing from the server's packages.
import type { TRPCBuiltRouter } from '@trpc/server';
import type { AppRouter } from '../src/router';

declare function writtenOut(): TRPCBuiltRouter<
  AppRouter['_def']['_config']['$types'],
  AppRouter['_def']['record']
>;

export const appRouter = writtenOut();
