import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNotifications } from '../../src/platform/notification-service.js';
import { startPlatform } from '../../src/platform/platform.js';
import { buildApp } from '../../src/server/app.js';
import { httpReceiver } from '../integrations/receivers.js';
import { tempTree } from '../support/tmp.js';

const ADMIN = 'plb_policy-test-admin-token-00';

describe('notification policy through the API', () => {
  it('shows, replaces (validated) and resets the routes, and delivery follows the new policy', {
    timeout: 60_000,
  }, async () => {
    const soar = await httpReceiver();
    const root = tempTree({
      'plumb.yaml': `exclude: [plumb.yaml]
notifications:
  destinations:
    - { name: soar, type: webhook, url: "${soar.url}/hook", secret: "\${PLUMB_TEST_SECRET}" }
  routes:
    - { events: [finding.new], minSeverity: low, to: [soar] }
`,
      Dockerfile: 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n',
      'pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n',
    });
    process.env.PLUMB_TEST_SECRET = 'not-a-real-secret-value';
    const platform = await startPlatform({
      cwd: root,
      dataDir: join(root, '.plumb'),
      adminTokenFromEnv: ADMIN,
    });
    const notifications = await startNotifications(platform, 'plumb.yaml', () => {});
    const app = await buildApp(platform, { version: 'test', notifications });
    const headers = { authorization: `Bearer ${ADMIN}` };
    try {
      expect((await app.inject({ url: '/api/notifications/policy', headers })).json()).toMatchObject({
        source: 'plumb.yaml',
        routes: [{ minSeverity: 'low' }],
      });
      const destinations = (await app.inject({ url: '/api/notifications/destinations', headers })).body;
      expect(destinations).toContain('soar');
      expect(destinations).not.toContain('not-a-real-secret-value');

      const bad = await app.inject({
        method: 'PUT',
        url: '/api/notifications/policy',
        headers,
        payload: { routes: [{ events: ['finding.new'], to: ['nowhere'] }] },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/routes\.0\.to\.0.*unknown destination/);

      const ok = await app.inject({
        method: 'PUT',
        url: '/api/notifications/policy',
        headers,
        payload: { routes: [{ events: ['finding.new'], minSeverity: 'critical', to: ['soar'] }] },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ source: 'api', routes: [{ minSeverity: 'critical' }] });

      await platform.scans.scanGroup(platform.groups[0]!, 'test');
      const deadline = Date.now() + 15_000;
      while (soar.requests.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500));
      expect(soar.requests.length).toBe(1);
      expect(soar.requests[0]!.body).toContain('k8s/privileged');
      const log = (await app.inject({ url: '/api/notifications/deliveries', headers })).json();
      expect(log.items.map((d: { status: string }) => d.status)).toEqual(['sent']);

      const reset = await app.inject({ method: 'DELETE', url: '/api/notifications/policy', headers });
      expect(reset.json()).toMatchObject({ source: 'plumb.yaml', routes: [{ minSeverity: 'low' }] });
    } finally {
      await notifications?.stop();
      await app.close();
      await platform.store.close();
      await soar.close();
      delete process.env.PLUMB_TEST_SECRET;
    }
  });
});
