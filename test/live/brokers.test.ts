import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../src/rules/live/index.js';
import { probeAmqp } from '../../src/sources/live/amqp/probe.js';
import { probeElasticsearch } from '../../src/sources/live/elasticsearch/probe.js';
import { probeEndpoint } from '../../src/sources/live/index.js';
import { probeMemcached } from '../../src/sources/live/memcached/probe.js';
import { probeMongoDb } from '../../src/sources/live/mongodb/probe.js';
import { probeMqtt } from '../../src/sources/live/mqtt/probe.js';
import { probeNats } from '../../src/sources/live/nats/probe.js';
import type { LiveDocumentBase } from '../../src/sources/live/types.js';
import { startMemcached, startMosquitto, startNats } from '../support/servers/brokers.js';
import type { TestServer } from '../support/servers/common.js';
import { startFakeAmqp, startFakeElasticsearch, startFakeMongo } from '../support/servers/fakes.js';

const opts = { timeoutMs: 3000 };
const ruleIds = (doc: LiveDocumentBase) =>
  runRules(doc, rules)
    .findings.map((f) => f.ruleId)
    .sort();

const servers: Record<string, TestServer | undefined> = {};

beforeAll(async () => {
  const started = await Promise.all([
    startMosquitto(['allow_anonymous true']),
    startMosquitto(['allow_anonymous false']),
    startNats(),
    startNats(['--user', 'app', '--pass', 's3cret-pass']),
    startMemcached({ udp: true }),
    startFakeAmqp({ username: 'guest', password: 'guest' }),
    startFakeAmqp({ username: 'admin', password: 'x' }),
    startFakeMongo({ auth: false }),
    startFakeMongo({ auth: true }),
    startFakeElasticsearch({ auth: false }),
    startFakeElasticsearch({ auth: true }),
  ]);
  [
    servers['mqttOpen'],
    servers['mqttClosed'],
    servers['natsOpen'],
    servers['natsAuth'],
    servers['memcached'],
    servers['amqpGuest'],
    servers['amqpHardened'],
    servers['mongoOpen'],
    servers['mongoAuth'],
    servers['esOpen'],
    servers['esAuth'],
  ] = started;
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s?.stop()));
});

const at = (name: string) => {
  const s = servers[name];
  return s ? { host: s.host, port: s.port } : undefined;
};

describe('mqtt (mosquitto)', () => {
  it('finds anonymous access and the # subscription', async (t) => {
    const target = at('mqttOpen');
    if (!target) return t.skip();
    const doc = await probeMqtt(target, opts);
    expect(doc.anonymousConnack).toBe(0);
    expect(doc.anonymousWildcard).toBe('granted');
    expect(ruleIds(doc)).toEqual(['live-mqtt/anonymous', 'live-mqtt/wildcard-subscribe']);
  });
  it('is quiet when anonymous clients are refused', async (t) => {
    const target = at('mqttClosed');
    if (!target) return t.skip();
    const doc = await probeMqtt(target, opts);
    expect(doc.reachable).toBe(true);
    expect(doc.anonymousConnack).toBe(5);
    expect(ruleIds(doc)).toEqual([]);
  });
});

describe('nats', () => {
  it('reads auth_required from INFO', async (t) => {
    const open = at('natsOpen');
    const auth = at('natsAuth');
    if (!open || !auth) return t.skip();
    const a = await probeNats(open, opts);
    const b = await probeNats(auth, opts);
    expect(a.version).toMatch(/^\d+\.\d+/);
    expect(ruleIds(a)).toEqual(['live-nats/no-auth']);
    expect(b.authRequired).toBe(true);
    expect(ruleIds(b)).toEqual([]);
  });
});

describe('memcached', () => {
  it('reads stats and the UDP port, and confirms UDP when asked', async (t) => {
    const target = at('memcached');
    if (!target) return t.skip();
    const doc = await probeMemcached(target, { ...opts, udp: true });
    expect(doc.statsReadable).toBe(true);
    expect(doc.udpPort).toBeGreaterThan(0);
    expect(doc.udpResponds).toBe(true);
    expect(ruleIds(doc)).toEqual(['live-memcached/no-auth', 'live-memcached/udp-enabled']);
  });
});

describe('amqp', () => {
  it('detects guest/guest, and honours defaultCredentials: false', async () => {
    const target = at('amqpGuest')!;
    const doc = await probeAmqp(target, opts);
    expect(doc.product).toBe('RabbitMQ');
    expect(doc.mechanisms).toContain('PLAIN');
    expect(ruleIds(doc)).toEqual(['live-amqp/default-guest']);
    const skipped = await probeAmqp(target, { ...opts, defaultCredentials: false });
    expect(skipped.guestLogin).toBeUndefined();
    expect(ruleIds(skipped)).toEqual([]);
  });
  it('sees guest refused and supplied credentials accepted', async () => {
    const doc = await probeAmqp(at('amqpHardened')!, {
      ...opts,
      credentials: { username: 'admin', password: 'x' },
    });
    expect(doc.guestLogin).toBe('refused');
    expect(doc.suppliedLogin).toBe('accepted');
    expect(ruleIds(doc)).toEqual([]);
  });
});

describe('mongodb (protocol stand-in)', () => {
  it('lists databases without auth', async () => {
    const doc = await probeMongoDb(at('mongoOpen')!, opts);
    expect(doc.version).toBe('7.0.4');
    expect(doc.databases).toEqual(['admin', 'shop']);
    expect(ruleIds(doc)).toEqual(['live-mongodb/no-auth']);
    const closed = await probeMongoDb(at('mongoAuth')!, opts);
    expect(closed.listDatabases).toBe('denied');
    expect(ruleIds(closed)).toEqual([]);
  });
});

describe('elasticsearch (protocol stand-in)', () => {
  it('is readable without auth, or challenges', async () => {
    const doc = await probeElasticsearch(at('esOpen')!, opts);
    expect(doc).toMatchObject({ identified: true, version: '7.17.9', clusterHealth: 'green' });
    expect(ruleIds(doc)).toEqual(['live-elasticsearch/no-auth']);
    const closed = await probeElasticsearch(at('esAuth')!, opts);
    expect(closed).toMatchObject({ rootStatus: 401, identified: true });
    expect(ruleIds(closed)).toEqual([]);
  });
});

describe('probeEndpoint identifies services by handshake', () => {
  const cases: [string, string][] = [
    ['mqttOpen', 'mqtt-live'],
    ['natsOpen', 'nats-live'],
    ['memcached', 'memcached-live'],
    ['amqpGuest', 'amqp-live'],
    ['mongoOpen', 'mongodb-live'],
    ['esOpen', 'elasticsearch-live'],
  ];
  for (const [name, kind] of cases) {
    it(`${name} -> ${kind}`, async (t) => {
      const target = at(name);
      if (!target) return t.skip();
      const r = await probeEndpoint(target, opts);
      expect(r.documents.map((d) => d.kind)).toEqual([kind]);
    });
  }
});
