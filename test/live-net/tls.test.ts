import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../src/rules/live-net/index.js';
import { probeNetworkEndpoint } from '../../src/sources/discovery/index.js';
import { probeTls } from '../../src/sources/live/tls/probe.js';
import { freePort, waitForPort } from '../support/servers/common.js';
import { type CertFiles, makeCertificate, which } from './support/servers.js';

const openssl = which('openssl');
if (!openssl && process.env['CI'] === 'true') throw new Error('openssl is required for the TLS tests in CI');

const certs: CertFiles[] = [];
const children: ChildProcess[] = [];
const closers: (() => void)[] = [];

async function sServer(args: string[], cert: CertFiles): Promise<number> {
  const port = await freePort();
  const child = spawn(
    openssl as string,
    [
      's_server',
      '-accept',
      `127.0.0.1:${port}`,
      '-cert',
      cert.cert,
      '-key',
      cert.key,
      '-quiet',
      '-www',
      ...args,
    ],
    { stdio: 'ignore' },
  );
  children.push(child);
  await waitForPort(port);
  return port;
}

function ruleIds(doc: Parameters<typeof runRules>[0]): string[] {
  const live = rules.filter((r) => r.kind === doc.kind);
  return [...new Set(runRules(doc, live, () => ({})).findings.map((f) => f.ruleId))].sort();
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  for (const close of closers) close();
  for (const c of certs) c.cleanup();
});

describe.skipIf(!openssl)('TLS probe against real servers', () => {
  let legacy: number;
  let modern: number;
  let weakCert: CertFiles;
  let goodCert: CertFiles;

  beforeAll(async () => {
    weakCert = makeCertificate(['legacy.test'], { bits: 1024, digest: 'sha1', days: 5 });
    goodCert = makeCertificate(['localhost'], { days: 365 });
    certs.push(weakCert, goodCert);
    legacy = await sServer(['-cipher', 'ALL:eNULL:@SECLEVEL=0', '-no_tls1_3'], weakCert);
    const server = createServer(
      { key: goodCert.keyPem(), cert: goodCert.certPem(), minVersion: 'TLSv1.2' },
      (_q, s) => s.end('ok'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    modern = typeof addr === 'object' && addr ? addr.port : 0;
    closers.push(() => server.close());
  }, 60_000);

  it('finds old protocols, NULL and anonymous suites, CBC-only off, and certificate weaknesses', async () => {
    const doc = await probeTls(
      { host: '127.0.0.1', port: legacy },
      { timeoutMs: 2000, servername: 'localhost' },
    );
    expect(doc.reachable).toBe(true);
    expect(doc.protocols).toMatchObject({
      SSLv3: false,
      'TLSv1.0': true,
      'TLSv1.1': true,
      'TLSv1.2': true,
      'TLSv1.3': false,
    });
    expect(doc.weakSuites.map((w) => w.category).sort()).toEqual(['anonymous', 'null']);
    expect(doc.cbcOnly).toBe(false);
    expect(doc.certificate).toMatchObject({
      keyBits: 1024,
      signatureAlgorithm: 'sha1WithRSAEncryption',
      selfSigned: true,
      trusted: false,
    });
    expect(doc.nameMatches).toBe(false);
    expect(ruleIds(doc)).toEqual([
      'tls/certificate-expiring',
      'tls/certificate-name-mismatch',
      'tls/certificate-untrusted',
      'tls/legacy-protocol',
      'tls/sha1-signature',
      'tls/weak-cipher',
      'tls/weak-key',
    ]);
  });

  it('reports only the self-signed certificate on a modern Node HTTPS server', async () => {
    const r = await probeNetworkEndpoint(
      { host: '127.0.0.1', port: modern, hostname: 'localhost' },
      { timeoutMs: 2000, skipPaths: true },
    );
    const tls = r.documents.find((d) => d.kind === 'tls-live');
    expect(r.documents.map((d) => d.kind).sort()).toEqual(['http-live', 'tls-live']);
    expect(tls).toMatchObject({
      nameMatches: true,
      protocols: { 'TLSv1.0': false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': true },
      weakSuites: [],
    });
    expect(ruleIds(tls as Parameters<typeof runRules>[0])).toEqual(['tls/certificate-untrusted']);
  });

  it('detects a CBC-only TLS 1.2 server', async () => {
    const port = await sServer(['-cipher', 'ECDHE-RSA-AES128-SHA:AES128-SHA', '-no_tls1_3'], goodCert);
    const doc = await probeTls({ host: '127.0.0.1', port }, { timeoutMs: 2000 });
    expect(doc.cbcOnly).toBe(true);
    expect(ruleIds(doc)).toContain('tls/cbc-only');
  });
});
