/**
 * The API's router as a client sees it: every procedure with its input, output and error
 * shape, as the server (`@accord/api`) types them, and nothing of the server's own context
 * (a database handle) or metadata (REST routes), which a client never sees.
 *
 * Why not the server's `AppRouter` as it is: its type names the server's context, whose
 * `db` is typed by drizzle and the database drivers. A package built from it would need those
 * server packages installed just to compile a program that calls the API. The build
 * (scripts/build.ts) writes this type out in full, so the published `dist/index.d.ts` needs
 * only `@trpc/server`; src/router.test.ts checks that inputs, outputs and errors are exactly
 * the server's.
 */
import type { AppRouter as ServerRouter } from '@accord/api';
import type {
  AnyTRPCProcedure,
  inferRouterInputs,
  inferRouterOutputs,
  TRPCBuiltRouter,
  TRPCMutationProcedure,
  TRPCQueryProcedure,
  TRPCSubscriptionProcedure,
} from '@trpc/server';

/** Values superjson carries as themselves: kept as they are. */
type Opaque = Date | RegExp | Map<unknown, unknown> | Set<unknown> | bigint;

/**
 * A type written out structurally: the same type, without the names of the server's
 * interfaces (e.g. its `FieldProblem`), so that writing it out needs nothing from the server.
 */
type Plain<T> = T extends Opaque ? T : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

type ServerRoot = ServerRouter['_def']['_config']['$types'];

// Type aliases, not interfaces: the build writes aliases out in full where it cannot name them.
type ClientRoot = {
  ctx: object;
  meta: object;
  errorShape: Plain<ServerRoot['errorShape']>;
  transformer: ServerRoot['transformer'];
};

/**
 * A procedure's types. `errorShape: unknown` means "the router's", which is how tRPC's client
 * reads it; `meta` is the server's configuration of the procedure, not sent to clients.
 */
type ClientProcedureDef<P extends AnyTRPCProcedure> = {
  input: Plain<P['_def']['$types']['input']>;
  output: Plain<P['_def']['$types']['output']>;
  meta: object;
  errorShape: unknown;
};

type ClientRecord<T> =
  T extends TRPCQueryProcedure<infer _>
    ? TRPCQueryProcedure<ClientProcedureDef<T>>
    : T extends TRPCMutationProcedure<infer _>
      ? TRPCMutationProcedure<ClientProcedureDef<T>>
      : T extends TRPCSubscriptionProcedure<infer _>
        ? TRPCSubscriptionProcedure<ClientProcedureDef<T>>
        : { [K in keyof T]: ClientRecord<T[K]> };

/** Every procedure of Accord's API, for `createTRPCClient<AppRouter>` and `AccordClient`. */
export type AppRouter = TRPCBuiltRouter<ClientRoot, ClientRecord<ServerRouter['_def']['record']>>;

/** Each procedure's input: `RouterInputs['commitment']['list']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/** Each procedure's output, as the client receives it: `RouterOutputs['commitment']['list']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
