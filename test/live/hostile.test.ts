import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_LIVE_KINDS } from '../../src/sources/discovery/index.js';
import { probeEndpoint } from '../../src/sources/live/index.js';
import { LIVE_KINDS } from '../../src/sources/live/kinds.js';
import { LIVE_SERVICES, type LiveServiceName } from '../../src/sources/live/services.js';
import { freePort, type TestServer } from '../support/servers/common.js';
import { startHostile } from '../support/servers/fakes.js';

const TIMEOUT = 300;
const modes = ['garbage', 'silent', 'drip', 'flood'] as const;
const servers = new Map<string, TestServer>();

beforeAll(async () => {
  for (const m of modes) servers.set(m, await startHostile(m));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.stop()));
});

it('LIVE_KINDS lists exactly the kinds the probes produce', () => {
  expect([...LIVE_KINDS].sort()).toEqual(
    [...Object.values(LIVE_SERVICES).map((s) => s.kind), ...NETWORK_LIVE_KINDS].sort(),
  );
});

describe.each(modes)('a %s server', (mode) => {
  it.each(Object.keys(LIVE_SERVICES) as LiveServiceName[])(
    '%s probe ends quickly with a diagnostic',
    async (service) => {
      const srv = servers.get(mode) as TestServer;
      const started = Date.now();
      const r = await probeEndpoint({ host: srv.host, port: srv.port, service }, { timeoutMs: TIMEOUT });
      expect(Date.now() - started).toBeLessThan(TIMEOUT * 6);
      expect(r.documents).toEqual([]);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) {
        expect(d.target).toContain(`127.0.0.1:${srv.port}`);
        expect(['timeout', 'protocol-error', 'connection-error']).toContain(d.code);
      }
    },
  );
});

describe('identification', () => {
  it('gives up on a silent server with an unresolved diagnostic', async () => {
    const srv = servers.get('silent') as TestServer;
    const r = await probeEndpoint(srv, { timeoutMs: TIMEOUT });
    expect(r.documents).toEqual([]);
    expect(r.diagnostics).toMatchObject([{ code: 'unresolved', target: `tcp://127.0.0.1:${srv.port}` }]);
  });

  it('reports a closed port', async () => {
    const port = await freePort();
    const r = await probeEndpoint({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT });
    expect(r.diagnostics).toMatchObject([
      { code: 'unresolved', message: 'connection refused or unreachable' },
    ]);
    const named = await probeEndpoint({ host: '127.0.0.1', port, service: 'redis' }, { timeoutMs: TIMEOUT });
    expect(named.diagnostics).toMatchObject([
      { code: 'connection-error', target: `redis://127.0.0.1:${port}` },
    ]);
  });

  it('rejects an unknown service name', async () => {
    const r = await probeEndpoint({ host: '127.0.0.1', port: 1, service: 'gopher' }, { timeoutMs: TIMEOUT });
    expect(r.diagnostics).toMatchObject([{ code: 'config-error' }]);
  });
});
