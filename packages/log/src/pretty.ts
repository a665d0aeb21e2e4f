/**
 * The readable format (LOG_FORMAT=pretty, or a terminal): one JSON line from pino in, one
 * line out, `HH:MM:SS.mmm LEVEL [reqId] message key=value …`, an error's stack below it. No
 * colours, no dependency.
 */
const SKIP = new Set(['time', 'level', 'msg', 'reqId', 'pid', 'err']);

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function short(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const level = text(entry.level).toUpperCase().padEnd(5);
  const id = entry.reqId ? ` [${text(entry.reqId)}]` : '';
  const fields = Object.entries(entry)
    .filter(([k, v]) => !SKIP.has(k) && v !== undefined)
    .map(([k, v]) => `${k}=${short(v)}`)
    .join(' ');
  let out = `${time} ${level}${id} ${text(entry.msg)}${fields ? `  ${fields}` : ''}\n`;
  const err = entry.err as { stack?: string; message?: string; code?: string } | undefined;
  if (err) {
    const text = err.stack ?? `${err.message ?? ''}`;
    out += `${text.replace(/^/gm, '    ')}${err.code ? ` (code ${err.code})` : ''}\n`;
  }
  return out;
}
