import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plumb } from '../support/cli.js';
import { type RedisTestServer, startRedis } from '../support/servers/redis.js';
import { tempTree } from '../support/tmp.js';

describe('plumb scan / fix / rollback on a live target', () => {
  let redis: RedisTestServer | undefined;
  const cwd = tempTree({});
  beforeAll(async () => {
    redis = await startRedis(['protected-mode no']);
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('finds, fixes (verified), and rolls back an open Redis', { timeout: 180_000 }, () => {
    if (!redis) {
      if (process.env.CI === 'true') throw new Error('redis-server is required in CI');
      return;
    }
    const url = `redis://${redis.host}:${redis.port}`;
    const before = plumb(['scan', url, '-f', 'json', '--fail-on', 'none'], cwd);
    expect(before.code, before.stderr).toBe(0);
    const ids = JSON.parse(before.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['live-redis/no-auth', 'live-redis/protected-mode-off']));

    const dry = plumb(['fix', url], cwd);
    expect(dry.stdout).toContain('redis.harden');
    expect(dry.stdout).toContain('Dry run');

    const applied = plumb(['fix', url, '--apply'], cwd);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/^verified:/m);
    const runId = /plumb rollback (\S+)\)/.exec(applied.stdout)?.[1];
    expect(runId).toBeDefined();
    const secrets = join(cwd, '.plumb', 'secrets');
    expect(existsSync(secrets)).toBe(true);
    // The generated password is never printed.
    expect(applied.stdout).not.toMatch(/requirepass\s+\S{12,}/);

    const after = plumb(['scan', url, '-f', 'json', '--fail-on', 'none'], cwd);
    expect(JSON.parse(after.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'live-redis/no-auth',
    );

    const rb = plumb(['rollback', runId!], cwd);
    expect(rb.code, rb.stderr).toBe(0);
    const again = plumb(['scan', url, '-f', 'json', '--fail-on', 'none'], cwd);
    expect(JSON.parse(again.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'live-redis/no-auth',
    );
    expect(statSync(secrets).mode & 0o077).toBe(0);
  });
});
