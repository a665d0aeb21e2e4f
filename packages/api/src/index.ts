import { type inferRouterInputs, type inferRouterOutputs } from '@trpc/server';
import { type AppRouter, appRouter } from './root';
import {
  createCallerFactory,
  createContext,
  type Context,
  type PublicChange,
  type Viewer,
} from './trpc';

/** Calls procedures in-process: server components, tests and scripts. */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export { appRouter, createContext, type AppRouter, type Context, type PublicChange, type Viewer };
export { isAllowed, POLICY, type Role } from './policy';
export { handleTrpcRequest, MAX_BATCH_SIZE, TRPC_ENDPOINT, trpcErrorResponse } from './http';
export { findUnstorableText } from './storable-text';
export { runDueSchedules, type ScheduleRun } from './editorial/schedule';
