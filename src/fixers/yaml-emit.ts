import { stringify } from 'yaml';

/**
 * Fast YAML emitting for the small values fixes insert (`runAsNonRoot: true`, a map of limits).
 * `yaml.stringify` builds a whole document for each call, which made fix planning a tenth of a
 * scan; these emit the same text directly for plain shapes and defer to `stringify` otherwise.
 */

/** Words a YAML 1.1 or 1.2 reader takes as something other than a string. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const PLAIN = /^[A-Za-z][A-Za-z0-9_./-]*$/;

function isPlainString(s: string): boolean {
  return PLAIN.test(s) && !RESERVED.test(s);
}

/**
 * `stringify` of one-line strings, remembered: fixes insert the same few values (`/tmp`,
 * `no-new-privileges:true`, `${{ github.head_ref }}`) thousands of times in a large scan.
 */
const quoted = new Map<string, string | null>();
function quotedLine(s: string): string | undefined {
  let out = quoted.get(s);
  if (out === undefined) {
    const text = s.includes('\n') || s.length > 200 ? '' : stringify(s, { lineWidth: 0 }).trimEnd();
    out = text === '' || text.includes('\n') ? null : text;
    if (quoted.size > 10_000) quoted.clear();
    quoted.set(s, out);
  }
  return out ?? undefined;
}

/** A block-context scalar as `stringify` would write it, or undefined when only `stringify` knows. */
function fastScalar(value: unknown): string | undefined {
  if (typeof value === 'string') return isPlainString(value) ? value : quotedLine(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  if (value === null) return 'null';
  return undefined;
}

/** A scalar rendered the way a person would type it in YAML. */
export function yamlScalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  if (isPlainString(value)) return value;
  // Short strings never fold, so the remembered one-line form is what `stringify` writes.
  return (value.length < 60 ? quotedLine(value) : undefined) ?? stringify(value).trimEnd();
}

/** Block lines (unindented) for plain maps and lists, or undefined when a shape needs `stringify`. */
function fastBlock(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const out: string[] = [];
    for (const item of value) {
      const scalar = fastScalar(item);
      if (scalar !== undefined) {
        out.push(`- ${scalar}`);
        continue;
      }
      if (Array.isArray(item) || typeof item !== 'object' || item === null) return undefined;
      const inner = fastBlock(item);
      if (!inner || inner.length === 0) return undefined;
      out.push(`- ${inner[0]}`, ...inner.slice(1).map((l) => `  ${l}`));
    }
    return out;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const out: string[] = [];
  for (const [key, v] of entries) {
    if (!isPlainString(key)) return undefined;
    const scalar = fastScalar(v);
    if (scalar !== undefined) {
      out.push(`${key}: ${scalar}`);
      continue;
    }
    const inner = fastBlock(v);
    if (!inner) return undefined;
    out.push(`${key}:`, ...inner.map((l) => `  ${l}`));
  }
  return out;
}

/** Serialises a value as block YAML lines indented by `column` spaces. */
export function blockLines(value: unknown, column: number): string[] {
  const pad = ' '.repeat(column);
  const scalar = typeof value === 'object' && value !== null ? undefined : fastScalar(value);
  const fast = scalar !== undefined ? [scalar] : fastBlock(value);
  if (fast) return fast.map((line) => pad + line);
  const text = stringify(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, '');
  return text.split('\n').map((line) => pad + line);
}

/** A value on one line (flow style), as after `key: `. */
export function inlineValue(value: unknown): string {
  // Flow context quotes more (`,`, brackets), so only plain words take the fast path.
  const fast = typeof value === 'string' ? (isPlainString(value) ? value : undefined) : fastScalar(value);
  return fast ?? stringify(value, { collectionStyle: 'flow' }).trim();
}
