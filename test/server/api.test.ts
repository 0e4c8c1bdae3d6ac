import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../../src/platform/platform.js';
import { buildApp } from '../../src/server/app.js';
import { tempTree } from '../support/tmp.js';

const ADMIN = 'plb_test-admin-token-0123456789';
const CONFIG = `organisation:
  name: Acme
  subsidiaries:
    - name: Acme Retail
      teams: [{ name: Shop }]
    - name: Acme Labs
      teams: [{ name: Platform }]
ownership:
  - { team: Shop, match: path, pattern: "shop/**" }
  - { team: Platform, match: path, pattern: "infra/**" }
targets:
  - name: repo
    paths: [.]
    exclude: [plumb.yaml]
`;
const DOCKERFILE = 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n';
const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n';

describe('API', () => {
  let root: string;
  let platform: Platform;
  let app: FastifyInstance;
  const auth = (token = ADMIN) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    root = tempTree({ 'plumb.yaml': CONFIG, 'shop/Dockerfile': DOCKERFILE, 'infra/pod.yaml': POD });
    platform = await startPlatform({ cwd: root, dataDir: join(root, '.plumb'), adminTokenFromEnv: ADMIN });
    app = await buildApp(platform, { version: 'test' });
    await platform.scans.scanGroup(platform.groups[0]!, 'test');
  });
  afterAll(async () => {
    await app?.close();
    await platform?.store.close();
  });

  it('serves health and an OpenAPI document listing every route, without a token', async () => {
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ ok: true, version: 'test' });
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.printRoutes({ commonPrefix: false });
    for (const path of [
      '/api/findings',
      '/api/findings/{id}',
      '/api/findings/{id}/fix',
      '/api/scans',
      '/api/tokens',
      '/api/overview',
      '/api/assets',
      '/api/teams',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(routes).toContain('findings');
  });

  it('rejects missing and unknown tokens with stable error codes', async () => {
    const none = await app.inject({ url: '/api/findings' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(
      (await app.inject({ url: '/api/findings', headers: auth('plb_nope-nope-nope-nope') })).statusCode,
    ).toBe(401);
  });

  it('validates input and never crashes on malformed requests', async () => {
    const bad = await app.inject({ url: '/api/findings?severity=urgent', headers: auth() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_request');
    const junk = await app.inject({
      method: 'POST',
      url: '/api/scans',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: '{"targetGroup": ',
    });
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('invalid_request');
    const noConfirm = await app.inject({
      method: 'POST',
      url: '/api/scans',
      headers: auth(),
      payload: { targetGroup: 'repo', confirm: false },
    });
    expect(noConfirm.json().error.code).toBe('invalid_request');
    expect((await app.inject({ url: '/api/nothing', headers: auth() })).json().error.code).toBe('not_found');
    const started = await app.inject({
      method: 'POST',
      url: '/api/scans',
      headers: auth(),
      payload: { targetGroup: 'repo', confirm: true },
    });
    expect(started.statusCode).toBe(202);
    expect(started.json().scanId).toMatch(/^scan_/);
    // Let that scan finish before the next cases read lifecycle states.
    for (let i = 0; i < 200; i++) {
      const scans = (await app.inject({ url: '/api/scans', headers: auth() })).json();
      if (scans.items.find((x: { id: string }) => x.id === started.json().scanId)?.status !== 'running')
        break;
      await new Promise((r) => setTimeout(r, 25));
    }
  });

  it('lists, filters, searches and paginates findings with owners', async () => {
    const all = (await app.inject({ url: '/api/findings?pageSize=500', headers: auth() })).json();
    expect(all.total).toBeGreaterThan(1);
    const priv = all.items.find((f: { ruleId: string }) => f.ruleId === 'k8s/privileged');
    expect(priv).toMatchObject({
      severity: 'critical',
      state: 'open',
      path: 'infra/pod.yaml',
      teamName: 'Platform',
      line: 11,
    });
    const root = all.items.find((f: { ruleId: string }) => f.ruleId === 'docker/run-as-root');
    expect(root.teamName).toBe('Shop');
    const crit = (await app.inject({ url: '/api/findings?severity=critical', headers: auth() })).json();
    expect(crit.items.every((f: { severity: string }) => f.severity === 'critical')).toBe(true);
    const search = (await app.inject({ url: '/api/findings?q=privileged', headers: auth() })).json();
    expect(search.items.map((f: { ruleId: string }) => f.ruleId)).toContain('k8s/privileged');
    const page = (await app.inject({ url: '/api/findings?pageSize=1&page=2', headers: auth() })).json();
    expect(page.items).toHaveLength(1);
    expect(page.page).toBe(2);
  });

  it('scopes team tokens to their own team', async () => {
    const teams = (await app.inject({ url: '/api/teams', headers: auth() })).json();
    const shop = teams.items.find((t: { name: string }) => t.name === 'Shop');
    const created = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: auth(),
      payload: { label: 'shop ci', scope: 'team', teamId: shop.id, access: 'read' },
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const mine = (await app.inject({ url: '/api/findings?pageSize=500', headers: auth(token) })).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((f: { teamName: string }) => f.teamName === 'Shop')).toBe(true);
    const all = (await app.inject({ url: '/api/findings?pageSize=500', headers: auth() })).json();
    const other = all.items.find((f: { teamName: string }) => f.teamName === 'Platform');
    expect((await app.inject({ url: `/api/findings/${other.id}`, headers: auth(token) })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ url: `/api/findings?team=${other.teamId}`, headers: auth(token) })).statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers: auth(token),
          payload: { label: 'x', scope: 'admin' },
        })
      ).statusCode,
    ).toBe(403);
    const readOnly = await app.inject({
      method: 'POST',
      url: `/api/findings/${mine.items[0].id}/state`,
      headers: auth(token),
      payload: { state: 'suppressed', reason: 'x' },
    });
    expect(readOnly.statusCode).toBe(403);
  });

  it('suppresses with a reason and exports CSV, JSON and SARIF', async () => {
    const all = (await app.inject({ url: '/api/findings?pageSize=500', headers: auth() })).json();
    const target = all.items.find(
      (f: { ruleId: string }) => f.ruleId !== 'k8s/privileged' && f.ruleId !== 'docker/run-as-root',
    );
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/findings/${target.id}/state`,
          headers: auth(),
          payload: { state: 'suppressed' },
        })
      ).json().error.code,
    ).toBe('invalid_request');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/findings/${target.id}/state`,
      headers: auth(),
      payload: { state: 'accepted', reason: 'demo only', expires: '2099-01-01T00:00:00Z' },
    });
    expect(ok.json().state).toBe('accepted');
    const detail = (await app.inject({ url: `/api/findings/${target.id}`, headers: auth() })).json();
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['new', 'open', 'accepted']);
    const csv = await app.inject({ url: '/api/findings/export?format=csv', headers: auth() });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toContain('severity');
    const sarif = JSON.parse(
      (await app.inject({ url: '/api/findings/export?format=sarif', headers: auth() })).body,
    );
    expect(sarif.version).toBe('2.1.0');
  });

  it('previews and applies a fix (admin, confirmed), and the re-scan marks the finding fixed', async () => {
    const all = (await app.inject({ url: '/api/findings?pageSize=500', headers: auth() })).json();
    const priv = all.items.find((f: { ruleId: string }) => f.ruleId === 'k8s/privileged');
    const detail = (await app.inject({ url: `/api/findings/${priv.id}`, headers: auth() })).json();
    expect(detail).toMatchObject({
      why: expect.any(String),
      remediation: expect.any(String),
      verify: expect.any(String),
      owner: { teamName: 'Platform', subsidiaryName: 'Acme Labs' },
    });
    const preview = (
      await app.inject({ url: `/api/findings/${priv.id}/fix-preview`, headers: auth() })
    ).json();
    expect(preview.diff).toContain('-        privileged: true');
    expect(preview.diff).toContain('+        privileged: false');
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/findings/${priv.id}/fix`,
          headers: auth(),
          payload: {},
        })
      ).statusCode,
    ).toBe(400);
    const applied = await app.inject({
      method: 'POST',
      url: `/api/findings/${priv.id}/fix`,
      headers: auth(),
      payload: { confirm: true },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ written: ['infra/pod.yaml'], verified: true });
    expect(readFileSync(join(root, 'infra/pod.yaml'), 'utf8')).toContain('privileged: false');
    const after = (await app.inject({ url: `/api/findings/${priv.id}`, headers: auth() })).json();
    expect(after.state).toBe('fixed');
    const runs = (await app.inject({ url: '/api/remediations', headers: auth() })).json();
    expect(runs.items[0]).toMatchObject({ status: 'verified', files: ['infra/pod.yaml'] });
  });

  it('lists fix runs made on the command line and their rollbacks in the remediation history', async () => {
    const { rollbackRun } = await import('../../src/remediation/apply.js');
    const runs = (await app.inject({ url: '/api/remediations', headers: auth() })).json();
    const apiRun = runs.items.find((r: { status: string }) => r.status === 'verified');
    expect(apiRun).toBeDefined();
    rollbackRun(join(root, '.plumb'), apiRun.runId);
    const after = (await app.inject({ url: '/api/remediations', headers: auth() })).json();
    expect(after.items.find((r: { id: string }) => r.id === apiRun.id)).toMatchObject({
      status: 'rolled-back',
      rolledBackAt: expect.any(String),
    });
    expect(after.total).toBe(runs.total);
    expect(readFileSync(join(root, 'infra/pod.yaml'), 'utf8')).toContain('privileged: true');
  });

  it('overview counts open findings by severity, team and subsidiary, with a trend', async () => {
    writeFileSync(join(root, 'shop/Dockerfile.b'), DOCKERFILE);
    await platform.scans.scanGroup(platform.groups[0]!, 'test');
    const o = (await app.inject({ url: '/api/overview', headers: auth() })).json();
    expect(o.open.high).toBeGreaterThan(0);
    expect(o.byTeam.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['Shop', 'Platform']),
    );
    expect(o.bySubsidiary.map((s: { name: string }) => s.name).sort()).toEqual(['Acme Labs', 'Acme Retail']);
    expect(o.trend).toHaveLength(30);
    expect(o.lastScan.status).toBe('completed');
  });
});
