import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { PgConnection, pgIdent, pgLiteral } from '../../sources/live/postgres/pg-wire.js';
import { scramVerifier } from '../../sources/live/postgres/scram.js';
import { trustToScram } from './pg-hba-edit.js';
import {
  generateSecret,
  readPrivateFile,
  readSecret,
  removePrivateFile,
  secretFileName,
  writePrivateFile,
} from './secrets.js';
import type { LiveContext, LiveHandler, PostgresRequirePasswordAction } from './types.js';
import { isLoopback, reprobe } from './verify.js';

interface PgRollbackState {
  readonly role: string;
  /** rolpassword before the change (a verifier, or null for no password). */
  readonly priorPassword: string | null;
  readonly hbaFile: string;
  readonly hbaText: string;
}

async function login(
  action: PostgresRequirePasswordAction,
  ctx: LiveContext,
  password?: string,
): Promise<PgConnection> {
  const user =
    password !== undefined ? action.params.role : (ctx.credentials?.username ?? action.params.role);
  const pass = password ?? ctx.credentials?.password;
  const { conn, result } = await PgConnection.connect(action.target, action.endpoint, ctx.timeoutMs, {
    user,
    database: 'postgres',
    ...(pass !== undefined ? { password: pass } : {}),
  });
  if (!conn) {
    const why =
      result.status === 'rejected' ? result.message : `server asks for a password (${result.method})`;
    throw new Error(`${action.endpoint}: cannot log in as ${user}: ${why}`);
  }
  return conn;
}

/** pg_hba.conf path, when the server is on this machine and the file is ours to rewrite. */
function localHba(action: PostgresRequirePasswordAction, file: string | undefined): string | undefined {
  if (!file || !isLoopback(action.target.host)) return undefined;
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    return file;
  } catch {
    return undefined;
  }
}

async function reloadChecked(conn: PgConnection): Promise<void> {
  await conn.query('SELECT pg_catalog.pg_reload_conf()');
  const bad = await conn.query('SELECT count(*) FROM pg_catalog.pg_hba_file_rules WHERE error IS NOT NULL');
  if (bad.rows[0]?.[0] !== '0') throw new Error('pg_hba.conf has errors after the edit');
}

export const postgresHandler: LiveHandler<PostgresRequirePasswordAction> = {
  type: 'postgres.require-password',

  async plan(action, ctx) {
    const hba = localHba(action, action.params.hbaFile);
    const lines = [
      `${action.endpoint}: ALTER ROLE ${action.params.role} PASSWORD <SCRAM verifier of a generated secret, saved under ${ctx.dataDir}/secrets/>`,
    ];
    if (!hba) {
      lines.push(
        `${action.endpoint}: pg_hba.conf ${action.params.hbaFile ?? '(unknown path)'} is not local and writable: change "trust" to "scram-sha-256" on its host lines by hand, then SELECT pg_reload_conf(). Nothing will be applied.`,
      );
      return lines;
    }
    const edit = trustToScram(readFileSync(hba, 'utf8'));
    lines.push(
      `${hba}: trust -> scram-sha-256 on line(s) ${edit.lines.join(', ') || '(none)'}; local (socket) lines are kept`,
    );
    lines.push('roles without a password will no longer be able to log in over TCP');
    lines.push(`${action.endpoint}: SELECT pg_reload_conf() (old pg_hba.conf kept for rollback)`);
    return lines;
  },

  async apply(action, ctx) {
    const hba = localHba(action, action.params.hbaFile);
    if (!hba)
      throw new Error(
        `${action.endpoint}: pg_hba.conf is not local and writable; see the plan for the manual change`,
      );
    const conn = await login(action, ctx);
    const steps: string[] = [];
    try {
      const prior = await conn.query(
        `SELECT rolpassword FROM pg_catalog.pg_authid WHERE rolname = ${pgLiteral(action.params.role)}`,
      );
      if (prior.rows.length !== 1) throw new Error(`role ${action.params.role} not found`);
      const hbaText = readFileSync(hba, 'utf8');
      const state: PgRollbackState = {
        role: action.params.role,
        priorPassword: prior.rows[0]?.[0] ?? null,
        hbaFile: hba,
        hbaText,
      };
      const stateFile = writePrivateFile(
        ctx.dataDir,
        `${secretFileName(action.target, 'postgres', 'rollback')}.json`,
        JSON.stringify(state),
      );
      const secret = generateSecret();
      const secretFile = writePrivateFile(
        ctx.dataDir,
        secretFileName(action.target, 'postgres', action.params.role),
        `${secret}\n`,
      );
      await conn.query(
        `ALTER ROLE ${pgIdent(action.params.role)} PASSWORD ${pgLiteral(scramVerifier(secret))}`,
      );
      steps.push(`ALTER ROLE ${action.params.role} PASSWORD <SCRAM verifier> (secret in ${secretFile})`);
      const edit = trustToScram(hbaText);
      if (edit.lines.length > 0) {
        // In place, so the file keeps its owner and mode (postgres must still be able to read it).
        writeFileSync(hba, edit.text);
        try {
          await reloadChecked(conn);
        } catch (e) {
          writeFileSync(hba, hbaText);
          await conn.query('SELECT pg_catalog.pg_reload_conf()');
          throw e;
        }
        steps.push(`${hba}: trust -> scram-sha-256 on line(s) ${edit.lines.join(', ')}; reloaded`);
      }
      return { action, steps, secretFile, stateFile, warnings: [] };
    } finally {
      conn.close();
    }
  },

  async verify(applied, ctx) {
    const action = applied.action as PostgresRequirePasswordAction;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : undefined;
    return reprobe(action, 'postgres', ctx, undefined, async () => {
      const conn = await login(action, ctx, secret);
      conn.close();
      return true;
    });
  },

  async rollback(applied, ctx) {
    const action = applied.action as PostgresRequirePasswordAction;
    const state = JSON.parse(readPrivateFile(applied.stateFile)) as PgRollbackState;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : undefined;
    const conn = await login(action, ctx, secret);
    const steps: string[] = [];
    try {
      writeFileSync(state.hbaFile, state.hbaText);
      await reloadChecked(conn);
      steps.push(`restored ${state.hbaFile}; reloaded`);
      const value = state.priorPassword === null ? 'NULL' : pgLiteral(state.priorPassword);
      await conn.query(`ALTER ROLE ${pgIdent(state.role)} PASSWORD ${value}`);
      steps.push(
        `ALTER ROLE ${state.role} PASSWORD ${state.priorPassword === null ? 'NULL' : '<previous verifier>'}`,
      );
    } finally {
      conn.close();
    }
    if (applied.secretFile) removePrivateFile(applied.secretFile);
    removePrivateFile(applied.stateFile);
    return steps;
  },
};
