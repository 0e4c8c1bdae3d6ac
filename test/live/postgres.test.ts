import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_HANDLERS } from '../../src/remediation/live/handlers.js';
import { planLiveFixes } from '../../src/remediation/live/planners.js';
import { readSecret } from '../../src/remediation/live/secrets.js';
import type { PostgresRequirePasswordAction } from '../../src/remediation/live/types.js';
import { probeEndpoint } from '../../src/sources/live/index.js';
import { probePostgres } from '../../src/sources/live/postgres/probe.js';
import { removeDir, tempDir } from '../support/servers/common.js';
import { type PostgresTestServer, startPostgres } from '../support/servers/postgres.js';
import { expectPrivate, findings, ruleIds } from './helpers.js';

const opts = { timeoutMs: 3000 };
let pg: PostgresTestServer | undefined;
const dataDir = tempDir('pg-data');

beforeAll(async () => {
  pg = await startPostgres();
});
afterAll(async () => {
  await pg?.stop();
  removeDir(dataDir);
});

describe('postgres probe', () => {
  it('sees a trust login as postgres and no TLS', async (t) => {
    if (!pg) return t.skip();
    const doc = await probePostgres(pg, opts);
    expect(doc).toMatchObject({
      reachable: true,
      sslOffered: false,
      superuser: true,
      defaultLogin: { user: 'postgres', outcome: 'ok', method: 'trust', withPassword: false },
    });
    expect(doc.settings?.['hba_file']).toBe(join(pg.dataDir, 'pg_hba.conf'));
    expect(ruleIds(doc)).toEqual(['live-postgres/ssl-off', 'live-postgres/trust-login']);
  });

  it('skips the default login when defaultCredentials is false', async (t) => {
    if (!pg) return t.skip();
    const doc = await probePostgres(pg, { ...opts, defaultCredentials: false });
    expect(doc.defaultLogin).toBeUndefined();
    expect(doc.defaultCredentialsChecked).toBe(false);
    expect(ruleIds(doc)).toEqual(['live-postgres/ssl-off']);
  });

  it('is identified by handshake', async (t) => {
    if (!pg) return t.skip();
    const r = await probeEndpoint(pg, opts);
    expect(r.documents.map((d) => d.kind)).toEqual(['postgres-live']);
  });
});

describe('postgres live fix', () => {
  it('plan -> apply -> verify -> rollback', async (t) => {
    if (!pg) return t.skip();
    const ctx = { dataDir, timeoutMs: 3000 };
    const before = await probePostgres(pg, opts);
    const [action, ...rest] = planLiveFixes(findings(before), [before]);
    expect(rest).toEqual([]);
    const a = action as PostgresRequirePasswordAction;
    expect(a.params).toEqual({ role: 'postgres', hbaFile: join(pg.dataDir, 'pg_hba.conf') });
    const handler = LIVE_HANDLERS['postgres.require-password'];
    const plan = await handler.plan(a, ctx);
    expect(plan.join('\n')).toMatch(/trust -> scram-sha-256 on line\(s\) \d/);
    const hba = a.params.hbaFile as string;
    const hbaBefore = readFileSync(hba, 'utf8');
    const ownerBefore = statSync(hba).uid;

    const applied = await handler.apply(a, ctx);
    const secret = readSecret(applied.secretFile as string);
    expectPrivate(applied.secretFile, secret, [...plan, ...applied.steps]);
    expect(readFileSync(hba, 'utf8')).toMatch(/^host\s+all\s+all\s+127\.0\.0\.1\/32\s+scram-sha-256/m);
    expect(statSync(hba).uid).toBe(ownerBefore);

    expect(await handler.verify(applied, ctx)).toMatchObject({ ok: true, remaining: [] });
    const after = await probePostgres(pg, opts);
    expect(after.defaultLogin).toMatchObject({ outcome: 'password-required', method: 'scram-sha-256' });
    expect(ruleIds(after)).toEqual(['live-postgres/ssl-off']);
    const withSecret = await probePostgres(pg, {
      ...opts,
      defaultCredentials: false,
      credentials: { username: 'postgres', password: secret },
    });
    expect(withSecret.suppliedLogin).toMatchObject({
      outcome: 'ok',
      method: 'scram-sha-256',
      withPassword: true,
    });

    await handler.rollback(applied, ctx);
    expect(readFileSync(hba, 'utf8')).toBe(hbaBefore);
    expect(ruleIds(await probePostgres(pg, opts))).toEqual(ruleIds(before));
  });
});
