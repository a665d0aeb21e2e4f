/** How often a progress line may be printed for the same table, at most. */
const INTERVAL_MS = 500;

/**
 * A reporter of rows done per table, e.g. `db:export: commitments: 40,000 / 100,000`, printed
 * to stderr (stdout keeps only the result line). Throttled to one line per table every half
 * second, but a table's last line (done = total) is always printed. Silent when `quiet`.
 */
export function tableProgress(
  command: string,
  quiet: boolean,
  print: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => number = Date.now,
): (table: string, done: number, total: number) => void {
  let lastTable = '';
  let lastAt = 0;
  return (table, done, total) => {
    if (quiet) return;
    const at = now();
    const finished = done >= total;
    if (!finished && table === lastTable && at - lastAt < INTERVAL_MS) return;
    lastTable = table;
    lastAt = at;
    print(
      `${command}: ${table}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`,
    );
  };
}
