import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/sources/discovery/fingerprint.js';
import { probeNetworkEndpoint } from '../../src/sources/discovery/index.js';
import { probeHttp } from '../../src/sources/live/http/probe.js';
import { probeSsh } from '../../src/sources/live/ssh/probe.js';
import { probeTls } from '../../src/sources/live/tls/probe.js';
import type { TestServer } from '../support/servers/common.js';
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

const probes = {
  http: (port: number) =>
    probeHttp({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT, scheme: 'http', httpsPort: 1 }),
  https: (port: number) => probeHttp({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT, scheme: 'https' }),
  tls: (port: number) => probeTls({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT }),
  ssh: (port: number) => probeSsh({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT }),
};

describe.each(modes)('a %s server', (mode) => {
  it.each(Object.keys(probes) as (keyof typeof probes)[])(
    '%s probe ends quickly with a diagnostic naming the endpoint',
    async (name) => {
      const srv = servers.get(mode) as TestServer;
      const started = Date.now();
      const doc = await probes[name](srv.port);
      expect(Date.now() - started).toBeLessThan(TIMEOUT * 8);
      expect(doc.reachable).toBe(false);
      expect(doc.diagnostics.length).toBeGreaterThan(0);
      for (const d of doc.diagnostics) {
        expect(d.target).toContain(`127.0.0.1:${srv.port}`);
        expect(['timeout', 'protocol-error', 'connection-error']).toContain(d.code);
      }
    },
  );

  it('is not identified as a known service, and probeNetworkEndpoint returns no document', async () => {
    const srv = servers.get(mode) as TestServer;
    const started = Date.now();
    const fp = await fingerprint(
      { host: '127.0.0.1', port: srv.port },
      { bannerWaitMs: 100, waitMs: TIMEOUT },
    );
    expect(fp.service).toBe('unknown');
    const r = await probeNetworkEndpoint({ host: '127.0.0.1', port: srv.port }, { timeoutMs: TIMEOUT });
    expect(r.documents).toEqual([]);
    expect(r.diagnostics[0]?.target).toContain(`127.0.0.1:${srv.port}`);
    expect(Date.now() - started).toBeLessThan(TIMEOUT * 30);
  });
});

it('a closed port gives a connection-error diagnostic, not a hang', async () => {
  const srv = await startHostile('silent');
  const port = srv.port;
  await srv.stop();
  const doc = await probeTls({ host: '127.0.0.1', port }, { timeoutMs: TIMEOUT });
  expect(doc.reachable).toBe(false);
  expect(doc.diagnostics[0]?.code).toBe('connection-error');
});
