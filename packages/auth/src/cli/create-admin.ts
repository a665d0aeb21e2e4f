import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { appendAudit, migrateDb, runDbTask } from '@accord/db';
import { Email, Password, PersonName } from '@accord/domain';
import { z } from 'zod';
import { adminPasswordFromEnv } from '../env';
import { createUserAccount } from '../users';

const USAGE = `Creates an admin account (there is no public sign-up).

  pnpm admin:create --email you@example.org --name "Your Name"

The password is read from ACCORD_ADMIN_PASSWORD, else from standard input
(typed, or piped: echo "$PASSWORD" | pnpm admin:create ...). At least 12 characters.
Run it while the server is stopped when using the embedded database.`;

async function readPassword(): Promise<string> {
  const fromEnv = adminPasswordFromEnv();
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  if (process.stdin.isTTY) process.stdout.write('Password (at least 12 characters): ');
  const line = await new Promise<string>((resolve) => {
    rl.once('line', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  return line;
}

const Args = z.object({ email: Email, name: PersonName, password: Password });

let values: { email?: string; name?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`admin:create: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const parsed = Args.safeParse({ ...values, password: await readPassword() });
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  console.error(`admin:create: ${problems}\n\n${USAGE}`);
  process.exit(2);
}
const input = parsed.data;

await runDbTask('admin:create', async (handle) => {
  await migrateDb(handle);
  const id = await handle.db.transaction(async (tx) => {
    const created = await createUserAccount(tx, { ...input, role: 'admin' });
    await appendAudit(tx, {
      actor: { id: null, name: 'command line' },
      action: 'user.create',
      recordType: 'user',
      recordId: created,
      summary: `created admin ${input.email} from the command line`,
      after: { email: input.email, name: input.name, role: 'admin' },
    });
    return created;
  });
  // The user id, not the email: this output ends up in CI and deploy logs.
  console.log(`admin:create: the admin (user id ${id}) can now sign in at /sign-in.`);
});
