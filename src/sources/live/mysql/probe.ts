import type { Diagnostic } from '../../../core/diagnostic.js';
import { toDiagnostic } from '../probe-error.js';
import { baseDocument, defaultCredentialsEnabled, type LiveTarget, type ProbeOptions } from '../types.js';
import type { MySqlAccount, MySqlLiveDocument, MySqlLoginAttempt } from './mysql-document.js';
import { CLIENT, MySqlConnection, MySqlServerError } from './mysql-wire.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The product's documented defaults that the probe tries when defaultCredentials is on. */
export const MYSQL_DEFAULT_LOGINS = [
  { user: 'root', password: '' },
  { user: '', password: '' },
] as const;

/**
 * Read-only MySQL/MariaDB probe: reads the greeting (version, TLS capability), tries root and the
 * anonymous user with an empty password (unless disabled) and supplied credentials, and with a
 * working login reads @@local_infile, @@require_secure_transport and the account list (never hashes).
 */
export async function probeMySql(target: LiveTarget, opts: ProbeOptions): Promise<MySqlLiveDocument> {
  const base = baseDocument('mysql-live', 'mysql', target, opts);
  const facts: Partial<Mutable<MySqlLiveDocument>> = {};
  const logins: MySqlLoginAttempt[] = [];
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  const attempts: { user: string; password: string; kind: 'empty' | 'supplied' }[] = [];
  if (defaultCredentialsEnabled(opts))
    for (const d of MYSQL_DEFAULT_LOGINS) attempts.push({ ...d, kind: 'empty' });
  const cred = opts.credentials;
  if (cred?.username !== undefined)
    attempts.push({ user: cred.username, password: cred.password ?? '', kind: 'supplied' });
  let readWith: MySqlConnection | undefined;
  let readWithUser: string | undefined;
  try {
    let first: MySqlConnection | undefined = await MySqlConnection.open(target, base.path, opts.timeoutMs);
    reachable = true;
    const g = first.greeting;
    facts.serverVersion = g.serverVersion;
    facts.flavor = /mariadb/i.test(g.serverVersion) ? 'mariadb' : 'mysql';
    facts.capabilities = g.capabilities;
    facts.tlsSupported = (g.capabilities & CLIENT.SSL) !== 0;
    facts.authPlugin = g.authPlugin;
    for (const a of attempts) {
      const conn: MySqlConnection = first ?? (await MySqlConnection.open(target, base.path, opts.timeoutMs));
      first = undefined;
      const r = await conn.login(a.user, a.password);
      if (r.status !== 'ok') {
        conn.close();
        logins.push({ user: a.user, password: a.kind, outcome: 'denied', message: r.message });
        continue;
      }
      const who = await conn.query('SELECT CURRENT_USER()').catch(() => undefined);
      const matched = who?.rows[0]?.[0];
      logins.push({
        user: a.user,
        password: a.kind,
        outcome: 'ok',
        ...(matched ? { matchedAccount: matched } : {}),
      });
      // Prefer reading as root or the supplied user over the anonymous user.
      if (!readWith || readWithUser === '') {
        readWith?.close();
        readWith = conn;
        readWithUser = a.user;
      } else conn.close();
    }
    first?.close();
    if (readWith) await readFacts(readWith, facts);
  } catch (e) {
    if (e instanceof MySqlServerError && !reachable) {
      reachable = true;
      facts.refused = { errno: e.errno, message: e.message };
      diagnostics.push({
        code: 'connection-error',
        level: 'warning',
        target: base.path,
        message: `server refused the probe: ${e.message}`,
      });
    } else diagnostics.push(toDiagnostic(base.path, e));
  } finally {
    readWith?.close();
  }
  return { ...base, ...facts, kind: 'mysql-live', reachable, logins, diagnostics };
}

const MARIADB_ACCOUNTS = `SELECT User, Host, JSON_VALUE(Priv, '$.plugin'),
  IF(IFNULL(JSON_VALUE(Priv, '$.authentication_string'), '') = '', 1, 0)
  FROM mysql.global_priv
  WHERE Host <> '' AND IFNULL(JSON_VALUE(Priv, '$.account_locked'), 'false') NOT IN ('true', '1')`;

async function readFacts(conn: MySqlConnection, facts: Partial<Mutable<MySqlLiveDocument>>): Promise<void> {
  const infile = await conn.query('SELECT @@GLOBAL.local_infile').catch(() => undefined);
  const li = infile?.rows[0]?.[0];
  if (li !== undefined && li !== null) facts.localInfile = li === '1' || li.toUpperCase() === 'ON';
  const sec = await conn.query('SELECT @@GLOBAL.require_secure_transport').catch(() => undefined);
  const rs = sec?.rows[0]?.[0];
  if (rs !== undefined && rs !== null) facts.requireSecureTransport = rs === '1' || rs.toUpperCase() === 'ON';
  const hostname = (await conn.query('SELECT @@hostname').catch(() => undefined))?.rows[0]?.[0];
  if (hostname) facts.serverHostname = hostname;
  const columns = "SELECT User, Host, plugin, IF(authentication_string = '', 1, 0)";
  // Locked accounts (MariaDB's mariadb.sys, MySQL's mysql.sys) and roles cannot log in: leave them out.
  const users =
    (facts.flavor === 'mariadb'
      ? await conn.query(MARIADB_ACCOUNTS).catch(() => undefined)
      : await conn.query(`${columns} FROM mysql.user WHERE account_locked <> 'Y'`).catch(() => undefined)) ??
    (await conn.query(`${columns} FROM mysql.user`).catch(() => undefined));
  if (users) {
    const accounts: MySqlAccount[] = users.rows.map(([user, host, plugin, empty]) => ({
      user: user ?? '',
      host: host ?? '',
      ...(plugin ? { plugin } : {}),
      ...(empty !== null && empty !== undefined
        ? {
            emptyPassword:
              empty === '1' && /^(mysql_native_password|caching_sha2_password|)$/.test(plugin ?? ''),
          }
        : {}),
    }));
    facts.accounts = accounts;
  }
}
