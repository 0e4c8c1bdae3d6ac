import type { Range } from '../../../core/range.js';
import type {
  HbaRecord,
  PgOrigin,
  PgSetting,
  PostgresConfDocument,
} from '../../../sources/parsers/postgres/postgres-document.js';

/** The setting PostgreSQL ends up using: the last one with that name. */
export function lastSetting(doc: PostgresConfDocument, name: string): PgSetting | undefined {
  for (let i = doc.settings.length - 1; i >= 0; i--) {
    const s = doc.settings[i];
    if (s?.name === name) return s;
  }
  return undefined;
}

/**
 * A boolean GUC value as PostgreSQL reads it: on/off, true/false, yes/no, 1/0 and unambiguous
 * prefixes, case-insensitive. Undefined for anything else (a template variable, a typo).
 */
export function pgBool(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'on' || v === '1' || ('true'.startsWith(v) && v.length > 0) || 'yes'.startsWith(v)) return true;
  if (v === 'off' || v === 'of' || v === '0' || 'false'.startsWith(v) || 'no'.startsWith(v)) return false;
  return undefined;
}

/** Template placeholders (Helm, Jinja, envsubst): not a literal value, so not judged. */
export function isTemplated(value: string): boolean {
  return /\$\{|\{\{|\{%|<%|^\$[A-Za-z_]/.test(value);
}

const LOCAL_LISTEN = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARD_LISTEN = new Set(['*', '0.0.0.0', '::']);

export interface ListenFacts {
  /** The listen_addresses setting in effect, if written. */
  readonly setting: PgSetting | undefined;
  readonly addresses: readonly string[];
  /** True when clients on other machines can connect; undefined when the file cannot tell. */
  readonly beyondLocalhost: boolean | undefined;
  readonly wildcard: boolean;
}

/** listen_addresses: written, or the built-in `localhost` when the configuration is complete. */
export function listenFacts(doc: PostgresConfDocument): ListenFacts {
  const setting = lastSetting(doc, 'listen_addresses');
  if (!setting) {
    return {
      setting,
      addresses: ['localhost'],
      beyondLocalhost: doc.complete ? false : undefined,
      wildcard: false,
    };
  }
  if (isTemplated(setting.value))
    return { setting, addresses: [], beyondLocalhost: undefined, wildcard: false };
  const addresses = setting.value
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '');
  return {
    setting,
    addresses,
    beyondLocalhost: addresses.some((a) => !LOCAL_LISTEN.has(a)),
    wildcard: addresses.some((a) => WILDCARD_LISTEN.has(a)),
  };
}

/** Report location for a line that may be in an included file. */
export function at(origin: PgOrigin, range: Range): { at: Range; file?: string } {
  return origin.own ? { at: range } : { at: range, file: origin.file };
}

/** A GUC value written back in the same style it was found (quoted or bare). */
export function styled(setting: PgSetting, value: string): string {
  return setting.quoted ? `'${value.replace(/'/g, "''")}'` : value;
}

// --- pg_hba.conf ---

const V4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/(?:[8-9]|[12]\d|3[0-2]))?$/;

/** The address field only admits connections from the server itself. */
export function hbaLoopbackOnly(r: HbaRecord): boolean {
  if (r.type === 'local') return true;
  const tokens = r.address?.tokens ?? [];
  if (tokens.length === 0) return false;
  return tokens.every((t) => {
    const v = t.value.toLowerCase();
    if (t.quoted) return false;
    if (v === 'samehost' || v === 'localhost') return true;
    if (V4_LOOPBACK.test(v)) return r.mask === undefined || isLoopbackMask(r.mask.tokens[0]?.value ?? '');
    return v === '::1' || v === '::1/128';
  });
}

function isLoopbackMask(mask: string): boolean {
  return /^255\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(mask) || mask === 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff';
}

/** The address field admits any client on the internet (`all`, 0.0.0.0/0, ::/0, /0 masks). */
export function hbaWorldOpen(r: HbaRecord): boolean {
  if (r.type === 'local') return false;
  return (r.address?.tokens ?? []).some((t) => {
    if (t.quoted) return false;
    const v = t.value.toLowerCase();
    if (v === 'all' || /\/0$/.test(v)) return true;
    const mask = r.mask?.tokens[0]?.value;
    return mask !== undefined && (mask === '0.0.0.0' || mask === '::' || mask === '0:0:0:0:0:0:0:0');
  });
}

/** Address field text as written, for messages. */
export function hbaAddress(r: HbaRecord): string {
  const a = r.address?.tokens.map((t) => t.raw).join(',') ?? '';
  return r.mask ? `${a} ${r.mask.tokens[0]?.raw ?? ''}` : a;
}

/** Stable logical path of a record (line numbers excluded): type, databases, users, address. */
export function hbaPath(r: HbaRecord): string {
  const f = (xs: readonly { value: string }[] | undefined) => (xs ?? []).map((t) => t.value).join(',');
  return `${r.type}[${f(r.database.tokens)}][${f(r.user.tokens)}]${r.address ? `[${hbaAddress(r)}]` : ''}`;
}

/** Methods that verify something the client cannot simply claim. */
export const AUTH_METHODS = [
  'scram-sha-256',
  'md5',
  'password',
  'gss',
  'sspi',
  'ident',
  'peer',
  'ldap',
  'radius',
  'cert',
  'pam',
  'bsd',
  'oauth',
  'reject',
] as const;
