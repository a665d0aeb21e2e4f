import { type FieldProblem } from './errors';

const MAX_PROBLEMS = 10;
/**
 * Bounds of the walk. Inputs from HTTP are already bounded trees (@accord/domain/wire); these
 * keep the walk finite for any other caller too (a shared or cyclic object built in memory).
 */
const MAX_VALUES = 100_000;
const MAX_DEPTH = 100;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot store `text`, or null when it can. */
function unstorable(text: string): string | null {
  if (text.includes('\u0000')) return 'Text cannot contain the NUL character (U+0000).';
  if (UNPAIRED_SURROGATE.test(text)) {
    return 'Text contains a broken character (half of a UTF-16 surrogate pair).';
  }
  return null;
}

interface Node {
  value: unknown;
  key: string | null;
  /** Whether `key` is an object's key (which can be unstorable too) or an array index. */
  named: boolean;
  parent: Node | null;
  depth: number;
}

function pathOf(node: Node): string[] {
  const path: string[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * Every string (value or key) anywhere in `input` that PostgreSQL would refuse: a NUL
 * character, which text and jsonb columns cannot hold, or an unpaired surrogate, which
 * jsonb refuses and text silently turns into U+FFFD. Walks without recursion, visits each
 * object once, and stops with a problem past MAX_DEPTH levels or MAX_VALUES values: input
 * that is cyclic, shared or huge cannot make it loop or run long.
 */
export function findUnstorableText(input: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<object>();
  const pending: Node[] = [{ value: input, key: null, named: false, parent: null, depth: 0 }];
  let visited = 0;
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const node = pending.pop()!;
    const { value } = node;
    if (++visited > MAX_VALUES || node.depth > MAX_DEPTH) {
      problems.push({
        path: pathOf(node),
        message: 'The input is too large or too deeply nested.',
      });
      break;
    }
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    const keyProblem = node.named && node.key !== null ? unstorable(node.key) : null;
    if (keyProblem) problems.push({ path: pathOf(node), message: `In a key: ${keyProblem}` });
    if (typeof value === 'string') {
      const message = unstorable(value);
      if (message) problems.push({ path: pathOf(node), message });
    } else if (Array.isArray(value)) {
      if (visited + pending.length + value.length > MAX_VALUES) {
        problems.push({
          path: pathOf(node),
          message: 'The input is too large or too deeply nested.',
        });
        break;
      }
      for (let i = value.length - 1; i >= 0; i--) {
        pending.push({
          value: value[i] as unknown,
          key: String(i),
          named: false,
          parent: node,
          depth: node.depth + 1,
        });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value).reverse()) {
        pending.push({
          value: inner as unknown,
          key,
          named: true,
          parent: node,
          depth: node.depth + 1,
        });
      }
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}
