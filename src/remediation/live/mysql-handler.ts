import {
  MySqlConnection,
  mysqlAccount,
  mysqlLiteral,
  nativePasswordHash,
} from '../../sources/live/mysql/mysql-wire.js';
import {
  generateSecret,
  readPrivateFile,
  readSecret,
  removePrivateFile,
  secretFileName,
  writePrivateFile,
} from './secrets.js';
import type { LiveContext, LiveHandler, MySqlAccountName, MySqlHardenAction } from './types.js';
import { reprobe } from './verify.js';

interface AccountSnapshot {
  readonly user: string;
  readonly host: string;
  /** SHOW CREATE USER output. */
  readonly create: string;
  /** SHOW GRANTS output. */
  readonly grants: readonly string[];
}

interface MySqlRollbackState {
  readonly changed: readonly AccountSnapshot[];
  readonly dropped: readonly AccountSnapshot[];
  readonly localInfile?: string;
}

const name = (a: MySqlAccountName) => mysqlAccount(a.user, a.host);

/** Logs in with, in order: an explicit password for root, the operator's credentials, root with an empty password. */
async function login(
  action: MySqlHardenAction,
  ctx: LiveContext,
  rootPassword?: string,
): Promise<MySqlConnection> {
  const tries: [string, string][] = [];
  if (rootPassword !== undefined) tries.push(['root', rootPassword]);
  if (ctx.credentials?.username !== undefined)
    tries.push([ctx.credentials.username, ctx.credentials.password ?? '']);
  tries.push(['root', '']);
  let last = '';
  for (const [user, password] of tries) {
    const conn = await MySqlConnection.open(action.target, action.endpoint, ctx.timeoutMs);
    const r = await conn.login(user, password);
    if (r.status === 'ok') return conn;
    last = r.message;
    conn.close();
  }
  throw new Error(`${action.endpoint}: cannot log in to apply the fix: ${last}`);
}

async function snapshot(conn: MySqlConnection, a: MySqlAccountName): Promise<AccountSnapshot> {
  const create = (await conn.query(`SHOW CREATE USER ${name(a)}`)).rows[0]?.[0];
  if (!create) throw new Error(`SHOW CREATE USER ${name(a)} returned nothing`);
  const grants = (await conn.query(`SHOW GRANTS FOR ${name(a)}`)).rows
    .map((r) => r[0])
    .filter((g): g is string => !!g);
  return { user: a.user, host: a.host, create, grants };
}

function isMariaDb(conn: MySqlConnection): boolean {
  return /mariadb/i.test(conn.greeting.serverVersion);
}

async function setPassword(conn: MySqlConnection, snap: AccountSnapshot, secret: string): Promise<void> {
  const hash = mysqlLiteral(nativePasswordHash(secret));
  if (isMariaDb(conn)) {
    // Keep unix_socket as an alternative when the account had it, so local admin access still works.
    const orSocket = /unix_socket/i.test(snap.create) ? ' OR unix_socket' : '';
    await conn.query(
      `ALTER USER ${name(snap)} IDENTIFIED VIA mysql_native_password USING ${hash}${orSocket}`,
    );
    return;
  }
  try {
    await conn.query(`ALTER USER ${name(snap)} IDENTIFIED WITH mysql_native_password AS ${hash}`);
  } catch {
    await conn.query(`ALTER USER ${name(snap)} IDENTIFIED BY ${mysqlLiteral(secret)}`);
  }
}

export const mysqlHandler: LiveHandler<MySqlHardenAction> = {
  type: 'mysql.harden',

  async plan(action, ctx) {
    const p = action.params;
    const lines = p.setPasswordFor.map(
      (a) =>
        `${action.endpoint}: ALTER USER ${name(a)} with a generated password (saved under ${ctx.dataDir}/secrets/)`,
    );
    for (const a of p.dropAccounts)
      lines.push(`${action.endpoint}: DROP USER ${name(a)} (definition and grants kept for rollback)`);
    if (p.localInfileOff) {
      lines.push(
        `${action.endpoint}: SET GLOBAL local_infile = 0 (runtime; add local_infile = 0 under [mysqld] to keep it after a restart)`,
      );
    }
    return lines;
  },

  async apply(action, ctx) {
    const p = action.params;
    const conn = await login(action, ctx);
    const steps: string[] = [];
    const warnings: string[] = [];
    let secretFile: string | undefined;
    try {
      // One statement at a time: the connection is strictly request/response.
      const changed: AccountSnapshot[] = [];
      for (const a of p.setPasswordFor) changed.push(await snapshot(conn, a));
      const dropped: AccountSnapshot[] = [];
      for (const a of p.dropAccounts) dropped.push(await snapshot(conn, a));
      const infile = p.localInfileOff
        ? (await conn.query('SELECT @@GLOBAL.local_infile')).rows[0]?.[0]
        : undefined;
      const state: MySqlRollbackState = {
        changed,
        dropped,
        ...(infile !== undefined && infile !== null ? { localInfile: infile } : {}),
      };
      const stateFile = writePrivateFile(
        ctx.dataDir,
        `${secretFileName(action.target, 'mysql', 'rollback')}.json`,
        JSON.stringify(state),
      );
      if (changed.length > 0) {
        const secret = generateSecret();
        secretFile = writePrivateFile(
          ctx.dataDir,
          secretFileName(action.target, 'mysql', 'root'),
          `${secret}\n`,
        );
        for (const snap of changed) {
          await setPassword(conn, snap, secret);
          steps.push(`ALTER USER ${name(snap)}: new password (secret in ${secretFile})`);
        }
      }
      for (const snap of dropped) {
        await conn.query(`DROP USER ${name(snap)}`);
        steps.push(`DROP USER ${name(snap)}`);
      }
      if (p.localInfileOff) {
        await conn.query('SET GLOBAL local_infile = 0');
        steps.push('SET GLOBAL local_infile = 0');
        warnings.push('local_infile = 0 is a runtime change: add it to my.cnf to keep it after a restart');
      }
      return { action, steps, stateFile, warnings, ...(secretFile ? { secretFile } : {}) };
    } finally {
      conn.close();
    }
  },

  async verify(applied, ctx) {
    const action = applied.action as MySqlHardenAction;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : undefined;
    const credentials = secret !== undefined ? { username: 'root', password: secret } : ctx.credentials;
    return reprobe(action, 'mysql', ctx, credentials, async () => {
      const conn = await login(action, ctx, secret);
      conn.close();
      return true;
    });
  },

  async rollback(applied, ctx) {
    const action = applied.action as MySqlHardenAction;
    const state = JSON.parse(readPrivateFile(applied.stateFile)) as MySqlRollbackState;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : undefined;
    const conn = await login(action, ctx, secret);
    const steps: string[] = [];
    try {
      for (const snap of state.dropped) {
        await conn.query(snap.create);
        for (const g of snap.grants) await conn.query(g);
        steps.push(`recreated ${name(snap)} with ${snap.grants.length} grant statement(s)`);
      }
      if (state.localInfile !== undefined) {
        await conn.query(
          `SET GLOBAL local_infile = ${state.localInfile === '1' || /^on$/i.test(state.localInfile) ? 1 : 0}`,
        );
        steps.push(`SET GLOBAL local_infile = ${state.localInfile}`);
      }
      // Last: the session may be running as one of these accounts.
      for (const snap of state.changed) {
        const alter = /\bIDENTIFIED\b/i.test(snap.create)
          ? snap.create.replace(/^\s*CREATE\s+USER/i, 'ALTER USER')
          : `ALTER USER ${name(snap)} IDENTIFIED BY ''`;
        await conn.query(alter);
        steps.push(`restored the previous authentication of ${name(snap)}`);
      }
    } finally {
      conn.close();
    }
    if (applied.secretFile) removePrivateFile(applied.secretFile);
    removePrivateFile(applied.stateFile);
    return steps;
  },
};
