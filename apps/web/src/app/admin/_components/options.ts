import { type Option } from './fields';

/** Select options from a domain vocabulary's definitions: `{ key: { label } }`. */
export function optionsFrom(definitions: Record<string, { label: string }>): Option[] {
  return Object.entries(definitions).map(([value, { label }]) => ({ value, label }));
}

/** Select options from `editor.options` lists ({ slug, label }). */
export function optionsOf(list: readonly { slug: string; label: string }[]): Option[] {
  return list.map((o) => ({ value: o.slug, label: o.label }));
}
