import type { Diagnostic } from '../../../core/diagnostic.js';
import { toDiagnostic } from '../probe-error.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import { configValue, parseInfo, RedisConnection } from './redis-client.js';
import type { RedisDefaultUser, RedisLiveDocument } from './redis-document.js';
import { RespError, type RespValue } from './resp.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Read-only Redis probe: PING without credentials, AUTH if credentials were given, then INFO server,
 * CONFIG GET protected-mode and ACL GETUSER default. Never writes, never reads keys.
 */
export async function probeRedis(target: LiveTarget, opts: ProbeOptions): Promise<RedisLiveDocument> {
  const base = baseDocument('redis-live', 'redis', target, opts);
  const facts: Partial<Mutable<RedisLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  let conn: RedisConnection | undefined;
  try {
    conn = await RedisConnection.open(target, base.path, opts.timeoutMs);
    const ping = await conn.command('PING');
    reachable = ping === 'PONG' || ping instanceof RespError;
    if (!reachable) throw new Error(`${base.path}: unexpected answer to PING`);
    let usable = ping === 'PONG';
    facts.unauthenticatedAccess = usable;
    if (ping instanceof RespError && ping.code === 'DENIED') facts.protectedModeRefusal = true;
    const cred = opts.credentials;
    if (!usable && cred?.password !== undefined) {
      const args = cred.username ? ['AUTH', cred.username, cred.password] : ['AUTH', cred.password];
      const auth = await conn.command(...args);
      usable = auth === 'OK';
      facts.authenticated = usable;
      if (!usable) {
        diagnostics.push({
          code: 'connection-error',
          level: 'warning',
          target: base.path,
          message: 'AUTH with the supplied credentials was refused',
        });
      }
    }
    if (usable) await readFacts(conn, facts);
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  } finally {
    conn?.close();
  }
  return { ...base, ...facts, kind: 'redis-live', reachable, diagnostics };
}

async function readFacts(conn: RedisConnection, facts: Partial<Mutable<RedisLiveDocument>>): Promise<void> {
  const info = await conn.command('INFO', 'server');
  if (typeof info === 'string') {
    const map = parseInfo(info);
    const version = map.get('redis_version');
    const mode = map.get('redis_mode');
    const file = map.get('config_file');
    if (version !== undefined) facts.version = version;
    if (mode !== undefined) facts.mode = mode;
    if (file !== undefined) facts.configFile = file;
  }
  const pm = await conn.command('CONFIG', 'GET', 'protected-mode');
  if (pm instanceof RespError) {
    facts.configCommand = 'denied';
  } else {
    facts.configCommand = 'allowed';
    const v = configValue(pm, 'protected-mode');
    if (v === 'yes' || v === 'no') facts.protectedMode = v;
  }
  const acl = await conn.command('ACL', 'GETUSER', 'default');
  const user = defaultUser(acl);
  if (user) facts.defaultUser = user;
}

function defaultUser(reply: RespValue): RedisDefaultUser | undefined {
  if (!Array.isArray(reply)) return undefined;
  let flags: string[] = [];
  let passwordCount = 0;
  let commands = '';
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const key = reply[i];
    const value = reply[i + 1];
    if (key === 'flags' && Array.isArray(value))
      flags = value.filter((f): f is string => typeof f === 'string');
    if (key === 'passwords' && Array.isArray(value)) passwordCount = value.length;
    if (key === 'commands' && typeof value === 'string') commands = value;
  }
  return { enabled: flags.includes('on'), nopass: flags.includes('nopass'), passwordCount, commands };
}
