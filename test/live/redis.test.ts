import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_HANDLERS } from '../../src/remediation/live/handlers.js';
import { planLiveFixes } from '../../src/remediation/live/planners.js';
import { readSecret } from '../../src/remediation/live/secrets.js';
import type { RedisHardenAction } from '../../src/remediation/live/types.js';
import { probeEndpoint } from '../../src/sources/live/index.js';
import { probeRedis } from '../../src/sources/live/redis/probe.js';
import { removeDir, tempDir } from '../support/servers/common.js';
import { type RedisTestServer, startRedis } from '../support/servers/redis.js';
import { expectPrivate, findings, ruleIds } from './helpers.js';

const opts = { timeoutMs: 3000 };
let open: RedisTestServer | undefined;
let locked: RedisTestServer | undefined;
const dataDir = tempDir('redis-data');

beforeAll(async () => {
  [open, locked] = await Promise.all([
    startRedis(['protected-mode no']),
    startRedis(['requirepass hunter2-long-enough']),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.stop(), locked?.stop()]);
  removeDir(dataDir);
});

describe('redis probe', () => {
  it('sees an open server and its settings', async (t) => {
    if (!open) return t.skip();
    const doc = await probeRedis(open, opts);
    expect(doc).toMatchObject({
      reachable: true,
      unauthenticatedAccess: true,
      protectedMode: 'no',
      configCommand: 'allowed',
    });
    expect(doc.configFile).toBe(open.configFile);
    expect(doc.defaultUser).toMatchObject({ nopass: true, commands: '+@all' });
    expect(ruleIds(doc)).toEqual([
      'live-redis/config-command-exposed',
      'live-redis/no-auth',
      'live-redis/protected-mode-off',
    ]);
  });

  it('sees a password-protected server, and reads it with supplied credentials', async (t) => {
    if (!locked) return t.skip();
    const anon = await probeRedis(locked, opts);
    expect(anon).toMatchObject({ reachable: true, unauthenticatedAccess: false });
    expect(ruleIds(anon)).toEqual([]);
    const authed = await probeRedis(locked, { ...opts, credentials: { password: 'hunter2-long-enough' } });
    expect(authed).toMatchObject({ authenticated: true, protectedMode: 'yes' });
    expect(ruleIds(authed)).toEqual([]);
    const wrong = await probeRedis(locked, { ...opts, credentials: { password: 'nope' } });
    expect(wrong.authenticated).toBe(false);
    expect(wrong.diagnostics.map((d) => d.message)).toEqual([
      'AUTH with the supplied credentials was refused',
    ]);
  });

  it('is identified by handshake', async (t) => {
    if (!open) return t.skip();
    const r = await probeEndpoint(open, opts);
    expect(r.documents.map((d) => d.kind)).toEqual(['redis-live']);
  });
});

describe('redis live fix', () => {
  it('plan -> apply -> verify -> rollback', async (t) => {
    if (!open) return t.skip();
    const ctx = { dataDir, timeoutMs: 3000 };
    const before = await probeRedis(open, opts);
    const actions = planLiveFixes(findings(before), [before]);
    expect(actions).toHaveLength(1);
    const action = actions[0] as RedisHardenAction;
    expect(action.params).toEqual({ requirePassword: true, protectedMode: true });
    const handler = LIVE_HANDLERS['redis.harden'];
    const plan = await handler.plan(action, ctx);
    expect(plan.join('\n')).toMatch(/CONFIG REWRITE/);
    const originalConf = readFileSync(open.configFile, 'utf8');

    const applied = await handler.apply(action, ctx);
    const secret = readSecret(applied.secretFile as string);
    expectPrivate(applied.secretFile, secret, [...plan, ...applied.steps, ...applied.warnings]);
    expect(applied.secretFile?.startsWith(join(dataDir, 'secrets'))).toBe(true);
    expect(readFileSync(open.configFile, 'utf8')).toMatch(/^protected-mode yes$/m);

    const verified = await handler.verify(applied, ctx);
    expect(verified).toMatchObject({ ok: true, remaining: [] });
    expect(ruleIds(await probeRedis(open, opts))).toEqual([]);

    const steps = await handler.rollback(applied, ctx);
    expect(steps.length).toBeGreaterThan(0);
    expect(readFileSync(open.configFile, 'utf8')).toBe(originalConf);
    expect(ruleIds(await probeRedis(open, opts))).toEqual(ruleIds(before));
  });
});
