import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscoverResult } from '../../src/sources/discovery/index.js';
import { type CertFiles, makeCertificate, which } from '../live-net/support/servers.js';

/**
 * A real sweep, inside a network namespace this test creates (never the machine's own loopback,
 * where other processes listen): services are started in the namespace and discovery runs there.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const isRoot = process.getuid?.() === 0;
const canNetns = isRoot && which('ip') !== undefined && which('openssl') !== undefined;
if (!canNetns && process.env['CI'] === 'true')
  throw new Error('the discovery test needs root, iproute2 and openssl in CI');

const NS = `plumb-disc-${process.pid}`;
const PORTS = { http: 1800, https: 1443, silent: 1900, garbage: 1901, ssh: 1822, redis: 6390, nats: 4333 };
const children: ChildProcess[] = [];
let dir = '';
let cert: CertFiles | undefined;
const started = new Set<keyof typeof PORTS>();

function inNs(args: string[]): ChildProcess {
  const child = spawn('ip', ['netns', 'exec', NS, ...args], { stdio: 'ignore' });
  children.push(child);
  return child;
}

function waitPort(port: number): void {
  const probe = `const s=require('net').connect(${port},'127.0.0.1');s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1))`;
  for (let i = 0; i < 100; i++) {
    if (spawnSync('ip', ['netns', 'exec', NS, process.execPath, '-e', probe]).status === 0) return;
    spawnSync('sleep', ['0.1']);
  }
  throw new Error(`port ${port} did not open in ${NS}`);
}

let result: DiscoverResult;

describe.skipIf(!canNetns)('discovery inside a network namespace', () => {
  beforeAll(() => {
    execFileSync('ip', ['netns', 'add', NS]);
    execFileSync('ip', ['netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up']);
    dir = mkdtempSync(join(tmpdir(), 'plumb-disc-'));
    cert = makeCertificate(['localhost', 'api.internal.example', '127.0.0.1']);
    const script = join(dir, 'servers.cjs');
    writeFileSync(
      script,
      `
const http = require('http'), https = require('https'), net = require('net'), fs = require('fs');
http.createServer((q, s) => { s.setHeader('server', 'testweb/1.2'); s.end('hello'); }).listen(${PORTS.http}, '127.0.0.1');
https.createServer({ key: fs.readFileSync(${JSON.stringify(cert.key)}), cert: fs.readFileSync(${JSON.stringify(cert.cert)}) },
  (q, s) => { s.setHeader('server', 'securetest/2.0'); s.end('hi'); }).listen(${PORTS.https}, '127.0.0.1');
net.createServer((s) => { s.on('error', () => {}); }).listen(${PORTS.silent}, '127.0.0.1');
net.createServer((s) => { s.on('error', () => {}); s.write(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x99, 0xfe, 0x01])); }).listen(${PORTS.garbage}, '127.0.0.1');
`,
    );
    inNs([process.execPath, script]);
    started.add('http').add('https').add('silent').add('garbage');
    const redis = which('redis-server');
    if (redis) {
      inNs([redis, '--port', String(PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
      started.add('redis');
    }
    const nats = which('nats-server');
    if (nats) {
      inNs([nats, '-a', '127.0.0.1', '-p', String(PORTS.nats)]);
      started.add('nats');
    }
    const sshd = which('sshd');
    if (sshd && which('ssh-keygen')) {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'hostkey')]);
      writeFileSync(
        join(dir, 'sshd_config'),
        `HostKey ${join(dir, 'hostkey')}\nStrictModes no\nPidFile none\nUsePAM no\nListenAddress 127.0.0.1\n`,
      );
      execFileSync('mkdir', ['-p', '/run/sshd']);
      inNs([sshd, '-D', '-e', '-f', join(dir, 'sshd_config'), '-p', String(PORTS.ssh)]);
      started.add('ssh');
    }
    for (const name of started) waitPort(PORTS[name]);
    const extra = [...started].map((n) => PORTS[n]).join(',');
    const out = execFileSync(
      'ip',
      [
        'netns',
        'exec',
        NS,
        process.execPath,
        '--import',
        'tsx',
        join(ROOT, 'test', 'discovery', 'support', 'run-discover.ts'),
        JSON.stringify({ targets: ['127.0.0.1', 'localhost:1443'], ports: `1-2000,${extra}` }),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    result = JSON.parse(out) as DiscoverResult;
  }, 90_000);

  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    spawnSync('ip', ['netns', 'del', NS]);
    cert?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const asset = (port: number) => result.assets.find((a) => a.host === '127.0.0.1' && a.port === port);

  it('finds exactly the started services', () => {
    const ports = result.assets.filter((a) => a.host === '127.0.0.1').map((a) => a.port);
    expect(ports).toEqual([...started].map((n) => PORTS[n]).sort((a, b) => a - b));
  });

  it('identifies services by handshake, not by port', () => {
    expect(asset(PORTS.http)).toMatchObject({ service: 'http', version: 'testweb/1.2' });
    expect(asset(PORTS.https)).toMatchObject({ service: 'https', version: 'securetest/2.0' });
    expect(asset(PORTS.silent)?.service).toBe('unknown');
    expect(asset(PORTS.garbage)?.service).toBe('unknown');
    if (started.has('redis')) expect(asset(PORTS.redis)?.service).toBe('redis');
    if (started.has('nats'))
      expect(asset(PORTS.nats)).toMatchObject({
        service: 'nats',
        version: expect.stringMatching(/^nats-server /),
      });
    if (started.has('ssh'))
      expect(asset(PORTS.ssh)).toMatchObject({ service: 'ssh', version: expect.stringMatching(/^OpenSSH_/) });
  });

  it('reads certificate names and reports out-of-scope names as leads only', () => {
    expect(asset(PORTS.https)?.tls?.names).toEqual(['localhost', 'api.internal.example', '127.0.0.1']);
    expect(asset(PORTS.https)?.tls).toMatchObject({ selfSigned: true, trusted: false });
    // localhost and 127.0.0.1 were targets; the internal name was only seen on the certificate.
    expect(result.leads).toEqual([
      { name: 'api.internal.example', source: `tls://127.0.0.1:${PORTS.https}` },
    ]);
  });

  it('sweeps all 65,535 ports from the CLI (two scanning threads) and finds the same services', () => {
    const out = execFileSync(
      'ip',
      [
        'netns',
        'exec',
        NS,
        process.execPath,
        '--import',
        'tsx',
        join(ROOT, 'src', 'cli', 'run.ts'),
        'discover',
        '127.0.0.1',
        '--ports',
        '1-65535',
        '--format',
        'json',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const full = JSON.parse(out) as DiscoverResult;
    const services = (r: DiscoverResult) =>
      r.assets.filter((a) => a.host === '127.0.0.1').map((a) => `${a.port}/${a.service}`);
    expect(services(full)).toEqual(services(result));
    expect(full.stats.portsTried).toBe(65535);
  }, 90_000);

  it('scanned every requested port', () => {
    expect(result.stats.portsTried).toBeGreaterThanOrEqual(2000);
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });
});
