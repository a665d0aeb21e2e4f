// The `accord` command's entry: dist/cli.js in the package (scripts/build.ts bundles it),
// bin/accord.mjs through tsx in the repository.
import { runCli } from './main';

// `accord ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // eslint-disable-next-line no-restricted-properties -- handed to readCliEnv, which reads it
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
});
