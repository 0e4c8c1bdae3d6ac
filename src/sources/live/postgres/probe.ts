import type { Diagnostic } from '../../../core/diagnostic.js';
import { toDiagnostic } from '../probe-error.js';
import { baseDocument, defaultCredentialsEnabled, type LiveTarget, type ProbeOptions } from '../types.js';
import { PgConnection, type PgStartupResult, pgSslOffered } from './pg-wire.js';
import type { PgLoginAttempt, PostgresLiveDocument } from './postgres-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const POSTGRES_DEFAULT_LOGIN = { user: 'postgres', database: 'postgres' } as const;

const SETTINGS = [
  'data_directory',
  'hba_file',
  'config_file',
  'ssl',
  'password_encryption',
  'listen_addresses',
];

/**
 * Read-only PostgreSQL probe: SSLRequest, then (unless disabled) a login as `postgres` without a
 * password, then a login with supplied credentials. A successful login only reads settings.
 */
export async function probePostgres(target: LiveTarget, opts: ProbeOptions): Promise<PostgresLiveDocument> {
  const base = baseDocument('postgres-live', 'postgres', target, opts);
  const facts: Partial<Mutable<PostgresLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  try {
    facts.sslOffered = await pgSslOffered(target, base.path, opts.timeoutMs);
    reachable = true;
    let session: PgConnection | undefined;
    if (defaultCredentialsEnabled(opts)) {
      const { conn, result } = await PgConnection.connect(
        target,
        base.path,
        opts.timeoutMs,
        POSTGRES_DEFAULT_LOGIN,
      );
      facts.defaultLogin = attempt(POSTGRES_DEFAULT_LOGIN.user, result, false);
      if (conn) session = conn;
      if (result.status === 'ok') facts.serverVersion = result.parameters.get('server_version') ?? '';
    }
    const cred = opts.credentials;
    if (cred?.username !== undefined) {
      const login = {
        user: cred.username,
        ...(cred.password !== undefined ? { password: cred.password } : {}),
      };
      const { conn, result } = await PgConnection.connect(target, base.path, opts.timeoutMs, login);
      facts.suppliedLogin = attempt(cred.username, result, cred.password !== undefined);
      if (conn) {
        session?.close();
        session = conn;
        facts.serverVersion = result.status === 'ok' ? (result.parameters.get('server_version') ?? '') : '';
      }
    }
    if (session) {
      try {
        await readSettings(session, facts);
      } finally {
        session.close();
      }
    }
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'postgres-live', reachable, diagnostics };
}

function attempt(user: string, r: PgStartupResult, withPassword: boolean): PgLoginAttempt {
  if (r.status === 'rejected') {
    const method = r.method ? { method: r.method } : {};
    return {
      user,
      outcome: r.authenticated ? 'ok' : 'rejected',
      withPassword,
      message: r.message,
      ...method,
    };
  }
  return { user, outcome: r.status, method: r.method, withPassword };
}

async function readSettings(
  conn: PgConnection,
  facts: Partial<Mutable<PostgresLiveDocument>>,
): Promise<void> {
  const list = SETTINGS.map((s) => `'${s}'`).join(', ');
  const settings = await conn.query(
    `SELECT name, setting FROM pg_catalog.pg_settings WHERE name IN (${list})`,
  );
  const out: Record<string, string> = {};
  for (const [name, value] of settings.rows)
    if (name && value !== null && value !== undefined) out[name] = value;
  facts.settings = out;
  const su = await conn.query('SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user');
  facts.superuser = su.rows[0]?.[0] === 't';
}
