import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/sources/discovery/connector.js';
import {
  DEFAULT_PORTS,
  PortSpecError,
  parsePorts,
  SERVICE_PORTS,
} from '../../src/sources/discovery/ports.js';
import { portScan } from '../../src/sources/discovery/scan.js';
import { inScope, parseTargets, splitHostPort } from '../../src/sources/discovery/targets.js';

const resolve = async (name: string) => (name === 'web.example' ? ['192.0.2.10', '192.0.2.11'] : []);

describe('targets', () => {
  it('expands CIDRs without network and broadcast addresses', async () => {
    const t = await parseTargets(['192.0.2.0/30', '198.51.100.7/31'], { resolve });
    expect(t.hosts.map((h) => h.address)).toEqual(['192.0.2.1', '192.0.2.2', '198.51.100.6', '198.51.100.7']);
  });

  it('caps a CIDR larger than the limit unless forced', async () => {
    const t = await parseTargets(['10.0.0.0/8'], { resolve });
    expect(t.hosts).toEqual([]);
    expect(t.errors[0]?.message).toMatch(/16777216 addresses is more than the limit of 65536/);
    const small = await parseTargets(['10.0.0.0/22'], { resolve, maxHosts: 256 });
    expect(small.errors).toHaveLength(1);
    const forced = await parseTargets(['10.0.0.0/22'], { resolve, maxHosts: 256, force: true });
    expect(forced.hosts).toHaveLength(1022);
  });

  it('keeps host:port, URLs, IPv6 and hostnames (resolved, name kept for SNI and scope)', async () => {
    const t = await parseTargets(
      ['web.example:8443', 'https://192.0.2.5/', '[2001:db8::1]:22', 'ssh://web.example'],
      { resolve },
    );
    expect(t.hosts).toEqual([
      { address: '192.0.2.10', hostname: 'web.example', input: 'web.example:8443', ports: [8443] },
      { address: '192.0.2.11', hostname: 'web.example', input: 'web.example:8443', ports: [8443] },
      { address: '192.0.2.5', input: 'https://192.0.2.5/', ports: [443] },
      { address: '2001:db8::1', input: '[2001:db8::1]:22', ports: [22] },
      { address: '192.0.2.10', hostname: 'web.example', input: 'ssh://web.example', ports: [22] },
      { address: '192.0.2.11', hostname: 'web.example', input: 'ssh://web.example', ports: [22] },
    ]);
    expect(splitHostPort('nonsense host')).toBeUndefined();
  });

  it('reports unusable targets instead of throwing', async () => {
    const t = await parseTargets(['300.1.1.1/24', 'bad_host name', 'x:99999', 'unknown.example'], {
      resolve: async () => {
        throw new Error('NXDOMAIN');
      },
    });
    expect(t.hosts).toEqual([]);
    expect(t.errors.map((e) => e.input)).toEqual([
      '300.1.1.1/24',
      'bad_host name',
      'x:99999',
      'unknown.example',
    ]);
  });

  it('judges certificate names against the scope', async () => {
    const t = await parseTargets(['web.example', '192.0.2.0/24'], { resolve });
    expect(inScope(t.scope, 'WEB.example.')).toBe(true);
    expect(inScope(t.scope, '*.example')).toBe(true);
    expect(inScope(t.scope, 'admin.example')).toBe(false);
    expect(inScope(t.scope, '192.0.2.200')).toBe(true);
    expect(inScope(t.scope, '203.0.113.1')).toBe(false);
  });
});

describe('ports', () => {
  it('parses lists and ranges', () => {
    expect(parsePorts('22, 80,8000-8002,22')).toEqual([22, 80, 8000, 8001, 8002]);
    expect(parsePorts('-')).toHaveLength(65535);
    expect(parsePorts('default')).toEqual(DEFAULT_PORTS);
    for (const p of SERVICE_PORTS) expect(DEFAULT_PORTS).toContain(p);
    expect(() => parsePorts('0-10')).toThrow(PortSpecError);
    expect(() => parsePorts('80-22')).toThrow(PortSpecError);
    expect(() => parsePorts('http')).toThrow(PortSpecError);
  });
});

describe('port scan scheduling (fake connector, no network)', () => {
  function fake(
    open: Set<string>,
    delayMs: number,
    log: { active: Map<string, number>; max: Map<string, number>; times: number[] },
  ): Connector {
    return (host, port, done) => {
      log.times.push(performance.now());
      log.active.set(host, (log.active.get(host) ?? 0) + 1);
      log.max.set(host, Math.max(log.max.get(host) ?? 0, log.active.get(host) ?? 0));
      const t = setTimeout(() => {
        log.active.set(host, (log.active.get(host) ?? 1) - 1);
        done(open.has(`${host}:${port}`) ? 'open' : 'closed');
      }, delayMs);
      return () => clearTimeout(t);
    };
  }

  it('respects per-host concurrency and reports open ports sorted', async () => {
    const log = { active: new Map<string, number>(), max: new Map<string, number>(), times: [] as number[] };
    const r = await portScan(
      [
        { host: 'a', ports: [1, 2, 3, 4, 5, 6, 7, 8] },
        { host: 'b', ports: [1, 2, 3, 4] },
      ],
      { connector: fake(new Set(['a:7', 'b:2', 'a:3']), 5, log), concurrency: 10, perHostConcurrency: 2 },
    );
    expect(r.open).toEqual([
      { host: 'a', port: 3 },
      { host: 'a', port: 7 },
      { host: 'b', port: 2 },
    ]);
    expect(r.closed).toBe(9);
    expect(log.max.get('a')).toBe(2);
    expect(log.max.get('b')).toBe(2);
  });

  it('applies the global rate limit', async () => {
    const log = { active: new Map<string, number>(), max: new Map<string, number>(), times: [] as number[] };
    const started = performance.now();
    await portScan([{ host: 'a', ports: Array.from({ length: 30 }, (_, i) => i + 1) }], {
      connector: fake(new Set(), 1, log),
      rate: 100,
    });
    // 30 connects at 100/s with a burst of 10 take at least ~200 ms.
    expect(log.times).toHaveLength(30);
    expect(performance.now() - started).toBeGreaterThan(180);
    const perHost = {
      active: new Map<string, number>(),
      max: new Map<string, number>(),
      times: [] as number[],
    };
    const t0 = performance.now();
    await portScan([{ host: 'a', ports: Array.from({ length: 10 }, (_, i) => i + 1) }], {
      connector: fake(new Set(), 1, perHost),
      perHostRate: 50,
    });
    // One token every 20 ms after the first: 10 connects take about 180 ms.
    expect(performance.now() - t0).toBeGreaterThan(120);
  });

  it('turns a connect that never completes into "filtered" at the timeout', async () => {
    const never: Connector = () => () => undefined;
    const r = await portScan([{ host: 'a', ports: [1, 2] }], { connector: never, timeoutMs: 50 });
    expect(r).toMatchObject({ open: [], closed: 0, filtered: 2 });
  });
});
