import { createHash } from 'node:crypto';

/** Shows only the first four characters, so reports never carry the secret itself. */
export function mask(value: string): string {
  return `${value.slice(0, 4)}***`;
}

/**
 * Logical path of a secret: a hash of its value, never the value or the line. The same secret
 * keeps its identity when lines move; two different secrets in one file stay two findings.
 */
export function secretPath(detector: string, value: string): string {
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `${detector}/sha256:${digest}`;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Markers of documentation samples, templates and redactions rather than real credentials. */
const PLACEHOLDER_MARKERS = [
  'example',
  'xxxx',
  'your',
  'placeholder',
  'redacted',
  'dummy',
  'sample',
  'changeme',
  'change_me',
  'change-me',
  'replace',
  '0123456789',
  '1234567890',
  'abcdefghij',
  'qwerty',
  '****',
  '...',
  '${',
  '{{',
  '<',
  '>',
];

/**
 * True for values that are obviously not real secrets: documented examples (AWS's
 * `AKIAIOSFODNN7EXAMPLE`), template markers, redactions and low-variety filler like `0000…`.
 * `body` is the random part (without the fixed prefix) used for the variety check.
 */
export function isPlaceholderToken(value: string, body = value): boolean {
  if (hasPlaceholderMarker(value)) return true;
  return distinctChars(body) < Math.min(8, Math.ceil(body.length / 3)) || entropy(body) < 2.5;
}

/** True when the value contains a documentation, template or redaction marker. */
export function hasPlaceholderMarker(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_MARKERS.some((m) => lower.includes(m));
}

export function distinctChars(value: string): number {
  return new Set(value).size;
}

/**
 * The text of a line before the secret plus the masked secret, for `evidence`. Anything else on
 * the line that looks like a token (16+ key-ish characters) is masked too, so a second secret on
 * the same line never leaks through a report.
 */
export function maskedEvidence(line: string, value: string): string {
  const at = line.indexOf(value);
  const before = at < 0 ? '' : line.slice(Math.max(0, at - 80), at);
  const hidden = before.replace(LONG_TOKEN, (t) =>
    /\d/.test(t) && /[A-Za-z]/.test(t) && entropy(t) >= 3 ? mask(t) : t,
  );
  const shown = `${hidden}${mask(value)}`.trim();
  return shown.length > 160 ? `...${shown.slice(-157)}` : shown;
}

const LONG_TOKEN = /[A-Za-z0-9+/_.-]{16,}={0,2}/g;
