/**
 * Recognising `name = value` style secret assignments on one line, across the usual syntaxes:
 * `KEY=value` (.env, properties), `key: value` (YAML), `"key": "value"` (JSON), `key = "value"`
 * (Python, TOML, HCL), `key := "value"` (Go), `'key' => 'value'` (PHP, Ruby), `key: 'value'` (JS).
 */

export type SecretKeyKind = 'password' | 'secret';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'pw']);
const SECRET_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials', 'privatekey']);
const KEY_QUALIFIERS = new Set([
  'api',
  'secret',
  'access',
  'private',
  'auth',
  'signing',
  'encryption',
  'master',
  'client',
  'app',
  'account',
  'service',
  'webhook',
  'hmac',
  'jwt',
]);
/** Tokens that are not credentials: CSRF form tokens, pagination cursors, limits. */
const HARMLESS_TOKEN_QUALIFIERS = new Set([
  'csrf',
  'xsrf',
  'next',
  'page',
  'continuation',
  'cancellation',
  'cancel',
  'max',
  'min',
  'sync',
  'input',
  'output',
]);

/** Words of an identifier: `dbPassword` -> [db, password]; `AWS_SECRET_KEY` -> [aws, secret, key]. */
export function keyWords(key: string): string[] {
  const last = key.slice(Math.max(key.lastIndexOf('.'), key.lastIndexOf('/'), key.lastIndexOf('[')) + 1);
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Whether a key names a credential, and what kind (passwords may be shorter than keys). */
export function secretKeyKind(key: string): SecretKeyKind | null {
  const words = keyWords(key);
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  if (last === undefined) return null;
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (last === 'token' && prev !== undefined && HARMLESS_TOKEN_QUALIFIERS.has(prev)) return null;
  if (SECRET_WORDS.has(last)) return 'secret';
  if (last === 'key' && prev !== undefined && KEY_QUALIFIERS.has(prev)) return 'secret';
  return null;
}

export interface AssignedValue {
  readonly key: string;
  readonly value: string;
  /** Offsets within the line: the value itself, and the literal with quotes and prefix. */
  readonly valueStart: number;
  readonly literalStart: number;
  readonly literalEnd: number;
  readonly quoted: boolean;
}

const ASSIGN = /(?<q>["']?)(?<key>[A-Za-z_$@][\w.$@-]{0,100})\k<q>[ \t]*(?<op>:=|=>|=|:)(?![=:])[ \t]*/g;
const LINE_PREFIX = /^[ \t]*(?:export[ \t]+|ENV[ \t]+|ARG[ \t]+|set[ \t]+|-[ \t]+)?$/;

/**
 * Assignments on a line whose key names a credential. Quoted values are taken everywhere;
 * unquoted ones only when `bareValues` (config formats) and the key starts the line.
 */
export function secretAssignments(line: string, bareValues: boolean, anyKey = false): AssignedValue[] {
  const out: AssignedValue[] = [];
  ASSIGN.lastIndex = 0;
  for (let m = ASSIGN.exec(line); m !== null; m = ASSIGN.exec(line)) {
    const key = m.groups?.['key'] ?? '';
    if (!anyKey && !secretKeyKind(key)) continue;
    const at = m.index + m[0].length;
    const parsed = readValue(line, at, bareValues && LINE_PREFIX.test(line.slice(0, m.index)));
    if (!parsed) continue;
    out.push({ key, ...parsed });
    ASSIGN.lastIndex = Math.max(ASSIGN.lastIndex, parsed.literalEnd);
  }
  return out;
}

function readValue(line: string, at: number, bare: boolean): Omit<AssignedValue, 'key'> | null {
  let i = at;
  // Python string prefixes: r"", b"", u"" (f-strings interpolate, so they are skipped below).
  const prefix = /^(?:[rRbBuU]{1,2}|[fF][rR]?|[rR][fF])(?=["'])/.exec(line.slice(i, i + 3));
  if (prefix) {
    if (/f/i.test(prefix[0])) return null;
    i += prefix[0].length;
  }
  const quote = line[i];
  if (quote === '"' || quote === "'" || quote === '`') {
    let j = i + 1;
    while (j < line.length && line[j] !== quote) j += line[j] === '\\' ? 2 : 1;
    if (j >= line.length) return null;
    const value = line.slice(i + 1, j);
    if (quote === '`' && value.includes('${')) return null;
    return { value, valueStart: i + 1, literalStart: at, literalEnd: j + 1, quoted: true };
  }
  if (!bare || prefix) return null;
  const m = /^[^\s#;,'"`]+/.exec(line.slice(i));
  if (!m) return null;
  const rest = line.slice(i + m[0].length);
  // A bare value must end the statement (optionally followed by a comment).
  if (!/^[ \t]*(?:[#;].*)?$/.test(rest)) return null;
  return { value: m[0], valueStart: i, literalStart: i, literalEnd: i + m[0].length, quoted: false };
}
