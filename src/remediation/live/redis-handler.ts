import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { configValue, parseInfo, RedisConnection } from '../../sources/live/redis/redis-client.js';
import { RespError, type RespValue } from '../../sources/live/redis/resp.js';
import {
  generateSecret,
  readPrivateFile,
  readSecret,
  removePrivateFile,
  secretFileName,
  writePrivateFile,
} from './secrets.js';
import type { LiveContext, LiveHandler, RedisHardenAction } from './types.js';
import { isLoopback, reprobe } from './verify.js';

interface RedisRollbackState {
  readonly requirepass?: string;
  readonly protectedMode?: string;
  /** Config file content before CONFIG REWRITE, when we rewrote it. */
  readonly configFile?: string;
  readonly configText?: string;
}

async function connect(
  action: RedisHardenAction,
  ctx: LiveContext,
  password?: string,
): Promise<RedisConnection> {
  const conn = await RedisConnection.open(action.target, action.endpoint, ctx.timeoutMs);
  const pass = password ?? ctx.credentials?.password;
  if (pass !== undefined) {
    const user = password === undefined ? ctx.credentials?.username : undefined;
    const r = await conn.command(...(user ? ['AUTH', user, pass] : ['AUTH', pass]));
    if (r !== 'OK') {
      conn.close();
      throw new Error(`${action.endpoint}: AUTH refused`);
    }
  }
  return conn;
}

function ok(reply: RespValue, what: string): void {
  if (reply instanceof RespError) throw new Error(`${what} failed: ${reply.message}`);
}

/** The config file, when Redis was started with one that this process may rewrite (local target only). */
function writableConfig(action: RedisHardenAction, file: string | undefined): string | undefined {
  if (!file || !isLoopback(action.target.host)) return undefined;
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    return file;
  } catch {
    return undefined;
  }
}

async function configFileOf(conn: RedisConnection): Promise<string | undefined> {
  const info = await conn.command('INFO', 'server');
  return typeof info === 'string' ? parseInfo(info).get('config_file') || undefined : undefined;
}

export const redisHandler: LiveHandler<RedisHardenAction> = {
  type: 'redis.harden',

  async plan(action, ctx) {
    const lines: string[] = [];
    if (action.params.protectedMode) lines.push(`${action.endpoint}: CONFIG SET protected-mode yes`);
    if (action.params.requirePassword) {
      lines.push(
        `${action.endpoint}: CONFIG SET requirepass <generated secret, saved under ${ctx.dataDir}/secrets/>`,
      );
    }
    const conn = await connect(action, ctx).catch(() => undefined);
    const file = conn ? writableConfig(action, await configFileOf(conn).catch(() => undefined)) : undefined;
    conn?.close();
    lines.push(
      file
        ? `${action.endpoint}: CONFIG REWRITE to persist in ${file} (old content kept for rollback)`
        : `${action.endpoint}: runtime change only — add the same settings to redis.conf so they survive a restart`,
    );
    return lines;
  },

  async apply(action, ctx) {
    const conn = await connect(action, ctx);
    const steps: string[] = [];
    const warnings: string[] = [];
    let secretFile: string | undefined;
    try {
      const state: { -readonly [K in keyof RedisRollbackState]: RedisRollbackState[K] } = {};
      const pm = await conn.command('CONFIG', 'GET', 'protected-mode');
      ok(pm, 'CONFIG GET');
      state.protectedMode = configValue(pm, 'protected-mode') ?? 'yes';
      state.requirepass =
        configValue(await conn.command('CONFIG', 'GET', 'requirepass'), 'requirepass') ?? '';
      const file = writableConfig(action, await configFileOf(conn));
      if (file) {
        state.configFile = file;
        state.configText = readFileSync(file, 'utf8');
      }
      // Rollback state first: if anything below fails half-way, rollback still knows the old values.
      const stateFile = writePrivateFile(
        ctx.dataDir,
        `${secretFileName(action.target, 'redis', 'rollback')}.json`,
        JSON.stringify(state),
      );
      if (action.params.protectedMode) {
        ok(await conn.command('CONFIG', 'SET', 'protected-mode', 'yes'), 'CONFIG SET protected-mode');
        steps.push('CONFIG SET protected-mode yes');
      }
      if (action.params.requirePassword) {
        const secret = generateSecret();
        secretFile = writePrivateFile(
          ctx.dataDir,
          secretFileName(action.target, 'redis', 'requirepass'),
          `${secret}\n`,
        );
        ok(await conn.command('CONFIG', 'SET', 'requirepass', secret), 'CONFIG SET requirepass');
        steps.push(`CONFIG SET requirepass (secret in ${secretFile})`);
      }
      if (file) {
        ok(await conn.command('CONFIG', 'REWRITE'), 'CONFIG REWRITE');
        steps.push(`CONFIG REWRITE (${file})`);
      } else warnings.push('runtime change only: redis.conf was not rewritten');
      return { action, steps, stateFile, warnings, ...(secretFile ? { secretFile } : {}) };
    } finally {
      conn.close();
    }
  },

  async verify(applied, ctx) {
    const action = applied.action as RedisHardenAction;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : ctx.credentials?.password;
    const credentials = secret !== undefined ? { password: secret } : undefined;
    return reprobe(action, 'redis', ctx, credentials, async () => {
      const conn = await connect(action, ctx, secret);
      try {
        return (await conn.command('PING')) === 'PONG';
      } finally {
        conn.close();
      }
    });
  },

  async rollback(applied, ctx) {
    const action = applied.action as RedisHardenAction;
    const state = JSON.parse(readPrivateFile(applied.stateFile)) as RedisRollbackState;
    const secret = applied.secretFile ? readSecret(applied.secretFile) : undefined;
    const conn = await connect(action, ctx, secret);
    const steps: string[] = [];
    try {
      if (action.params.protectedMode && state.protectedMode) {
        ok(
          await conn.command('CONFIG', 'SET', 'protected-mode', state.protectedMode),
          'CONFIG SET protected-mode',
        );
        steps.push(`CONFIG SET protected-mode ${state.protectedMode}`);
      }
      if (action.params.requirePassword) {
        ok(
          await conn.command('CONFIG', 'SET', 'requirepass', state.requirepass ?? ''),
          'CONFIG SET requirepass',
        );
        steps.push(
          state.requirepass
            ? 'CONFIG SET requirepass <previous secret>'
            : 'CONFIG SET requirepass "" (no password, as before)',
        );
      }
    } finally {
      conn.close();
    }
    if (state.configFile && state.configText !== undefined) {
      writeFileSync(state.configFile, state.configText);
      steps.push(`restored ${state.configFile}`);
    }
    if (applied.secretFile) removePrivateFile(applied.secretFile);
    removePrivateFile(applied.stateFile);
    return steps;
  },
};
