import type {
  RedisArg,
  RedisDirective,
  RedisDocument,
} from '../../../sources/parsers/redis/redis-document.js';

/** The directive Redis ends up using: the last one with that name (later lines win). */
export function lastDirective(doc: RedisDocument, name: string): RedisDirective | undefined {
  for (let i = doc.directives.length - 1; i >= 0; i--) {
    const d = doc.directives[i];
    if (d?.name === name) return d;
  }
  return undefined;
}

export function directivesNamed(doc: RedisDocument, name: string): RedisDirective[] {
  return doc.directives.filter((d) => d.name === name);
}

/** A value produced by a template engine or an environment substitution, not a literal. */
export function isTemplated(value: string): boolean {
  return /\$\{|\$\(|\{\{|\{%|<%|%\(|^\$[A-Z_][A-Z0-9_]*$/.test(value);
}

/** A yes/no config value (`yes`/`no`, case-insensitive), or undefined when it is neither. */
export function yesNo(d: RedisDirective | undefined): boolean | undefined {
  const v = d?.args[0]?.value.toLowerCase();
  return v === 'yes' ? true : v === 'no' ? false : undefined;
}

/** Bind address without Redis' "optional" `-` prefix. */
function bareAddress(arg: RedisArg): string {
  return arg.value.replace(/^-/, '').toLowerCase();
}

export function isLoopbackAddress(address: string): boolean {
  const a = address.replace(/^-/, '').toLowerCase();
  return a === 'localhost' || a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

export function isWildcardAddress(address: string): boolean {
  const a = address.replace(/^-/, '').toLowerCase();
  return a === '*' || a === '0.0.0.0' || a === '::' || a === '::*' || a === '[::]';
}

export interface Listening {
  /** No TCP listener at all: `port 0` and no tls-port (Unix socket only). */
  readonly tcpDisabled: boolean;
  /** The `bind` line in effect, if any. Without one Redis listens on every interface. */
  readonly bind: RedisDirective | undefined;
  /** Addresses of the bind line that are neither loopback (nor nothing). */
  readonly publicAddresses: readonly RedisArg[];
  /** True when clients on other machines can reach the TCP port at all. */
  readonly beyondLoopback: boolean;
}

export function listening(doc: RedisDocument): Listening {
  const port = lastDirective(doc, 'port')?.args[0]?.value;
  const tlsPort = lastDirective(doc, 'tls-port')?.args[0]?.value;
  // `port 0` only closes the plain-text port; a tls-port still listens on the network.
  const tcpDisabled = port === '0' && (tlsPort === undefined || tlsPort === '0');
  const bind = lastDirective(doc, 'bind');
  const publicAddresses = bind ? bind.args.filter((a) => !isLoopbackAddress(bareAddress(a))) : [];
  const beyondLoopback = !tcpDisabled && (bind === undefined || publicAddresses.length > 0);
  return { tcpDisabled, bind, publicAddresses, beyondLoopback };
}

export interface DefaultUser {
  /** Clients that do not AUTH are the default user; false when `user default off`. */
  readonly enabled: boolean;
  /** The default user needs no password (`nopass`, Redis' built-in state). */
  readonly nopass: boolean;
  /** The last `user default ...` line, if any. */
  readonly line: RedisDirective | undefined;
  /** The `requirepass` line in effect, if any. */
  readonly requirepass: RedisDirective | undefined;
  /** Users are managed in an external ACL file, so the configuration alone cannot tell. */
  readonly unknown: boolean;
}

/**
 * How the default user (every client that does not AUTH) is protected. `requirepass` sets the
 * default user's password; a `user default ...` line in the file replaces the user wholesale
 * (Redis resets a configured user before applying its rules: off, no password, no commands), so
 * when both exist the user line decides.
 */
export function defaultUser(doc: RedisDocument): DefaultUser {
  const requirepass = lastDirective(doc, 'requirepass');
  const aclfile = lastDirective(doc, 'aclfile');
  const line = directivesNamed(doc, 'user')
    .filter((d) => d.args[0]?.value === 'default')
    .pop();
  let enabled = true;
  let nopass = true;
  let templated = false;
  if (line) {
    enabled = false;
    nopass = false;
    for (const a of line.args.slice(1)) {
      const t = a.value;
      const lower = t.toLowerCase();
      if (lower === 'on') enabled = true;
      else if (lower === 'off') enabled = false;
      else if (lower === 'nopass') nopass = true;
      else if (lower === 'resetpass') nopass = false;
      else if (lower === 'reset') {
        nopass = false;
        enabled = false;
      } else if (t.startsWith('>') || t.startsWith('#')) {
        nopass = false;
        if (isTemplated(t)) templated = true;
      }
    }
  } else {
    const pass = requirepass?.args[0]?.value ?? '';
    if (requirepass && pass !== '') nopass = false;
  }
  return {
    enabled,
    nopass: nopass && !templated,
    line,
    requirepass,
    unknown: aclfile !== undefined && line === undefined,
  };
}

/** The default user can run commands without a password. */
export function unauthenticated(doc: RedisDocument): boolean {
  const u = defaultUser(doc);
  return !u.unknown && u.enabled && u.nopass;
}

/**
 * Whether clients on other machines can talk to Redis. Protected mode only shields a server
 * without a password; before Redis 7 it also switched itself off as soon as a `bind` line was
 * present, so an explicit non-loopback bind counts as exposed whatever the version.
 */
export function reachableFromNetwork(doc: RedisDocument): boolean {
  const l = listening(doc);
  if (!l.beyondLoopback) return false;
  const protectedMode = yesNo(lastDirective(doc, 'protected-mode')) !== false;
  const shielded = protectedMode && l.bind === undefined && unauthenticated(doc);
  return !shielded;
}

/**
 * Access control decides who may run which command: an ACL file is used, or the default user
 * is switched off or limited to fewer than all commands. Renaming commands is then not needed.
 */
export function aclsLimitCommands(doc: RedisDocument): boolean {
  if (lastDirective(doc, 'aclfile') !== undefined) return true;
  const u = defaultUser(doc);
  if (!u.enabled) return true;
  if (!u.line) return false;
  const rules = u.line.args.slice(1).map((a) => a.value.toLowerCase());
  const all = rules.some((r) => r === '+@all' || r === 'allcommands');
  return !all || rules.some((r) => r.startsWith('-') || r === 'nocommands');
}

/** Where to point a finding about a directive (and in which file, when it is an included one). */
export function at(d: RedisDirective): { at: RedisDirective['range']; file?: string } {
  return d.own ? { at: d.range } : { at: d.range, file: d.file };
}

/** Where to point a finding about a missing setting: the first directive of the file. */
export function anchor(doc: RedisDocument): RedisDirective['range'] {
  return doc.directives.find((d) => d.own)?.range ?? doc.lines.lineRange(1);
}

/** A SHA-256 password hash as Redis ACL rules take it (`#<64 hex>`). */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
