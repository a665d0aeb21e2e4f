import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unavailableAnswer } from '~/server/outage';

/**
 * The site's colours live in CSS custom properties, a light set and a dark set (globals.css,
 * editor.css). This reads both sets straight from the stylesheets and checks every pair the
 * pages put together against WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for the status marks,
 * the focus ring and form-control borders (1.4.11). Pick a colour that fails and this fails.
 */

const STYLESHEETS = ['globals.css', 'editor.css'].map((name) =>
  readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'),
);
const DARK_MEDIA = '@media screen and (prefers-color-scheme: dark)';
const STATUSES = [
  'not_yet_rated',
  'in_progress',
  'partially_delivered',
  'delivered',
  'stalled',
  'abandoned',
];

interface Rule {
  prelude: string;
  declarations: [property: string, value: string][];
  children: Rule[];
}

/**
 * A minimal CSS reader, enough for our own stylesheets: rules nest by braces, declarations end
 * at `;` or `}`. Comments are dropped; our stylesheets have no braces or semicolons in strings.
 */
function parse(css: string): Rule[] {
  const top: Rule = { prelude: '', declarations: [], children: [] };
  const stack = [top];
  let buffer = '';
  const flush = () => {
    const text = buffer.trim();
    buffer = '';
    const colon = text.indexOf(':');
    if (text && colon > 0) {
      stack.at(-1)!.declarations.push([text.slice(0, colon).trim(), text.slice(colon + 1).trim()]);
    }
  };
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') {
      const rule: Rule = {
        prelude: buffer.trim().replace(/\s+/g, ' '),
        declarations: [],
        children: [],
      };
      buffer = '';
      stack.at(-1)!.children.push(rule);
      stack.push(rule);
    } else if (ch === '}') {
      flush();
      stack.pop();
      if (stack.length === 0) throw new Error('unbalanced braces');
    } else if (ch === ';') {
      flush();
    } else {
      buffer += ch;
    }
  }
  if (stack.length !== 1) throw new Error('unbalanced braces');
  return top.children;
}

const rules = STYLESHEETS.flatMap(parse);

function customProperties(scope: Rule[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of scope.filter((r) => r.prelude === ':root')) {
    for (const [property, value] of rule.declarations) {
      if (property.startsWith('--')) found.set(property, value);
    }
  }
  return found;
}

/** The light set (top-level :root), and the dark set: the light one as the dark media overrides it. */
function schemes(scope: Rule[]) {
  const light = customProperties(scope);
  const darkOnly = customProperties(
    scope
      .filter((r) => r.prelude.replace(/:\s*/g, ':') === DARK_MEDIA.replace(/:\s*/g, ':'))
      .flatMap((r) => r.children),
  );
  return { light, darkOnly, dark: new Map([...light, ...darkOnly]) };
}

const { light, darkOnly, dark } = schemes(rules);
const SCHEMES = { light, dark };

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgb|hsl|hwb|lab|lch|oklab|oklch)a?\(|^(white|black)$/i;

/** The colour a custom property holds in a scheme, following var(--other) references. */
function colour(scheme: Map<string, string>, name: string, depth = 0): string {
  const value = scheme.get(name);
  if (value === undefined) throw new Error(`${name} is not defined`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (reference && depth < 10) return colour(scheme, reference[1]!, depth + 1);
  if (!HEX.test(value)) throw new Error(`${name}: "${value}" is not a #rgb or #rrggbb colour`);
  return value;
}

function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** [foreground, background] pairs that meet on a page. */
const TEXT: [string, string][] = [
  ...['--paper', '--wash', '--highlight', '--warn-wash', '--danger-wash'].map(
    (bg): [string, string] => ['--ink', bg],
  ),
  ['--muted', '--paper'],
  ['--muted', '--wash'],
  ['--brand', '--paper'],
  ['--brand', '--wash'],
  ['--link', '--paper'],
  ['--link', '--wash'],
  ['--danger', '--paper'],
  ['--danger', '--danger-wash'],
  ['--ok', '--paper'],
  ['--on-brand', '--brand-bg'],
  ['--overdue-ink', '--overdue-bg'],
  ['--unreliable-ink', '--unreliable-bg'],
  ...STATUSES.map((s): [string, string] => [`--status-${s}-ink`, `--status-${s}-bg`]),
];
const NON_TEXT: [string, string][] = [
  ...STATUSES.flatMap((s): [string, string][] => [
    [`--status-${s}-mark`, '--paper'],
    [`--status-${s}-mark`, '--wash'],
  ]),
  ['--focus', '--paper'],
  ['--focus', '--wash'],
  // The focus ring inside the header, on the header's fill.
  ['--on-brand', '--brand-bg'],
  ['--control-line', '--paper'],
];

describe('colour contrast in both schemes', () => {
  it('computes contrast ratios as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('reads a light set and a dark set from the stylesheets', () => {
    expect(light.size).toBeGreaterThan(30);
    expect(darkOnly.size).toBeGreaterThan(30);
    expect(light.get('--paper')).toBe('#ffffff');
    expect(luminance(colour(dark, '--paper'))).toBeLessThan(0.05);
  });

  it('gives every colour of the light set a dark value', () => {
    const colours = [...light]
      .filter(([, v]) => HEX.test(v) || v.startsWith('var('))
      .map(([k]) => k);
    expect(colours.filter((name) => !darkOnly.has(name))).toEqual([]);
  });

  it('names colours only in the two sets (and the print styles), so this test sees them all', () => {
    const literals: string[] = [];
    const visit = (scope: Rule[], context: string) => {
      for (const rule of scope) {
        if (rule.prelude === ':root' || rule.prelude === '@media print') continue;
        for (const [property, value] of rule.declarations) {
          if (COLOUR_LITERAL.test(value))
            literals.push(`${context}${rule.prelude} { ${property}: ${value} }`);
        }
        visit(rule.children, `${context}${rule.prelude} > `);
      }
    };
    visit(rules, '');
    expect(literals).toEqual([]);
  });

  for (const [scheme, values] of Object.entries(SCHEMES)) {
    it(`keeps text at 4.5:1 or more in the ${scheme} scheme`, () => {
      const failing = TEXT.map(([fg, bg]) => ({
        fg,
        bg,
        ratio: contrast(colour(values, fg), colour(values, bg)),
      }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ fg, bg, ratio }) => `${fg} on ${bg}: ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });

    it(`keeps status marks, focus ring and control borders at 3:1 or more in the ${scheme} scheme`, () => {
      const failing = NON_TEXT.map(([fg, bg]) => ({
        fg,
        bg,
        ratio: contrast(colour(values, fg), colour(values, bg)),
      }))
        .filter(({ ratio }) => ratio < 3)
        .map(({ fg, bg, ratio }) => `${fg} on ${bg}: ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }

  it('keeps the outage page (its own small stylesheet) readable in both schemes', () => {
    const { body } = unavailableAnswer('GET', '/themes/chips');
    const style = /<style>([\s\S]*)<\/style>/.exec(body)?.[1] ?? '';
    const outage = schemes(parse(style));
    expect(outage.darkOnly.has('--paper')).toBe(true);
    for (const [scheme, values] of Object.entries({ light: outage.light, dark: outage.dark })) {
      const failing = (
        [
          ['--ink', '--paper'],
          ['--link', '--paper'],
          ['--muted', '--wash'],
        ] as const
      )
        .map(([fg, bg]) => ({ fg, bg, ratio: contrast(colour(values, fg), colour(values, bg)) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ fg, bg, ratio }) => `${scheme}: ${fg} on ${bg}: ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    }
  });
});
