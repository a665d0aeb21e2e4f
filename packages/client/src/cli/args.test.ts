import { COMMITMENT_STATUSES } from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL, helpText, parseCommandLine, UsageError } from './args';

function usageError(argv: string[], env = {}): UsageError {
  try {
    parseCommandLine(argv, env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads a command with its filters, validated and typed', () => {
    const { command, url, json } = parseCommandLine([
      'commitments',
      '--theme',
      'chips',
      '--status=in_progress',
      '--party',
      'jp',
      '--meeting',
      'kishida-biden-hiroshima-2023',
      '--overdue',
      '--limit',
      '5',
      '--json',
    ]);
    expect(url).toBe(DEFAULT_URL);
    expect(json).toBe(true);
    expect(command).toEqual({
      name: 'commitments',
      options: {
        theme: 'chips',
        status: 'in_progress',
        party: 'jp',
        meeting: 'kishida-biden-hiroshima-2023',
        overdue: true,
        limit: 5,
        all: false,
      },
    });
  });

  it('reads --all and --cursor', () => {
    expect(parseCommandLine(['commitments', '--all', '--cursor', 'c1.NQ']).command).toEqual({
      name: 'commitments',
      options: { all: true, cursor: 'c1.NQ' },
    });
  });

  it('reads a slug, and export options with their defaults', () => {
    expect(parseCommandLine(['commitment', 'tokyo-startup-hub-with-mit']).command).toEqual({
      name: 'commitment',
      slug: 'tokyo-startup-hub-with-mit',
    });
    expect(parseCommandLine(['export']).command).toEqual({
      name: 'export',
      options: { format: 'json', lang: 'en' },
    });
    expect(parseCommandLine(['export', '--format', 'csv', '--out', 'a.csv']).command).toEqual({
      name: 'export',
      options: { format: 'csv', lang: 'en', out: 'a.csv' },
    });
    expect(parseCommandLine(['export', '--format', 'csv', '--lang', 'ja']).command).toEqual({
      name: 'export',
      options: { format: 'csv', lang: 'ja' },
    });
  });

  it('takes the URL from --url, else ACCORD_URL, else localhost:3000', () => {
    const env = { ACCORD_URL: 'https://accord.example.org' };
    expect(parseCommandLine(['themes'], env).url).toBe('https://accord.example.org');
    expect(parseCommandLine(['themes', '--url', 'http://127.0.0.1:3200'], env).url).toBe(
      'http://127.0.0.1:3200',
    );
    expect(parseCommandLine(['--url=http://[::1]:3000', 'themes']).url).toBe('http://[::1]:3000');
    expect(parseCommandLine(['themes']).url).toBe('http://localhost:3000');
  });

  it('takes the token from --token, else ACCORD_TOKEN', () => {
    expect(parseCommandLine(['themes'], { ACCORD_TOKEN: 'from-env' }).token).toBe('from-env');
    expect(parseCommandLine(['themes', '--token', 't'], { ACCORD_TOKEN: 'e' }).token).toBe('t');
    expect(parseCommandLine(['themes']).token).toBeUndefined();
  });

  it('shows help for no command, help, -h and --help', () => {
    expect(parseCommandLine([]).command).toEqual({ name: 'help', topic: null });
    expect(parseCommandLine(['help', 'export']).command).toEqual({ name: 'help', topic: 'export' });
    expect(parseCommandLine(['commitments', '-h']).command).toEqual({
      name: 'help',
      topic: 'commitments',
    });
    expect(parseCommandLine(['--help']).command).toEqual({ name: 'help', topic: null });
  });

  it.each([
    [['frob'], 'unknown command "frob"'],
    [['themes', '--bogus'], 'unknown option --bogus'],
    [['themes', '-x'], 'unknown option -x'],
    [['themes', '--theme', 'chips'], 'accord themes has no option --theme'],
    [['commitments', '--theme'], '--theme needs a value'],
    [['commitments', '--theme', '--all'], '--theme needs a value'],
    [['commitments', '--all=yes'], '--all takes no value'],
    [['commitments', '--theme', 'a', '--theme', 'b'], '--theme is given twice'],
    [['commitment'], 'accord commitment needs a slug'],
    [['commitment', 'a', 'b'], 'unexpected argument "b"'],
    [['themes', 'extra'], 'unexpected argument "extra"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(usageError(argv).message).toBe(message);
  });

  it.each([
    [
      ['commitments', '--status', 'done'],
      /^invalid --status "done": Invalid option: expected one of "not_yet_rated"\|/,
    ],
    [['commitments', '--limit', '0'], /^invalid --limit "0": Too small/],
    [['commitments', '--limit', '101'], /^invalid --limit "101": Too big/],
    [['commitments', '--limit', 'ten'], /^invalid --limit "ten": Expected a whole number/],
    [['commitments', '--limit', '-5'], /^invalid --limit "-5"/],
    [['commitments', '--theme', 'Chips!'], /^invalid --theme "Chips!": A slug is lower-case/],
    [
      ['commitments', '--cursor', 'garbage'],
      /^invalid --cursor "garbage": The cursor is malformed/,
    ],
    [['commitment', 'Not_A_Slug'], /^invalid slug "Not_A_Slug"/],
    [['export', '--format', 'xml'], /^invalid --format "xml"/],
    [['themes', '--url', 'localhost:3000'], /^invalid --url "localhost:3000"/],
    [['themes', '--url', 'ftp://example.org'], /^invalid --url "ftp:\/\/example.org"/],
  ])('refuses the invalid value in %j', (argv, message) => {
    expect(usageError(argv).message).toMatch(message);
  });

  it('names ACCORD_URL when that is what is wrong', () => {
    expect(usageError(['themes'], { ACCORD_URL: 'nope' }).message).toMatch(
      /^invalid ACCORD_URL "nope"/,
    );
  });

  it('remembers which command a mistake was made in, for the help hint', () => {
    expect(usageError(['commitments', '--bogus']).command).toBe('commitments');
    expect(usageError(['frob']).command).toBeNull();
  });

  it('keeps every message on one line', () => {
    for (const argv of [
      ['commitments', '--status', 'done'],
      ['commitments', '--limit', 'x'],
    ]) {
      expect(usageError(argv).message).not.toContain('\n');
    }
  });
});

describe('helpText', () => {
  it('lists every command, and every option of a command', () => {
    const main = helpText(null);
    for (const command of ['themes', 'commitments', 'commitment <slug>', 'export']) {
      expect(main).toContain(command);
    }
    const commitments = helpText('commitments');
    for (const flag of [
      '--theme',
      '--status',
      '--party',
      '--meeting',
      '--overdue',
      '--limit',
      '--cursor',
      '--all',
      '--url',
      '--json',
    ]) {
      expect(commitments).toContain(flag);
    }
    for (const status of COMMITMENT_STATUSES) {
      expect(commitments).toContain(status);
    }
  });
});
