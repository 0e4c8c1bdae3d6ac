// `npm run bench` share for live checks: starts nine deliberately misconfigured services of its
// own on loopback (never the machine's), then times one `plumb scan` over all of them.
// Target: under 10 s for eight or more services. Run with: node --import tsx bench/live-services.ts
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeCertificate } from '../test/live-net/support/servers.js';
import { startMemcached, startMosquitto, startNats } from '../test/support/servers/brokers.js';
import type { TestServer } from '../test/support/servers/common.js';
import { startMariaDb } from '../test/support/servers/mariadb.js';
import { startPostgres } from '../test/support/servers/postgres.js';
import { startRedis } from '../test/support/servers/redis.js';

const ROOT = join(import.meta.dirname, '..');
const servers: TestServer[] = [];
const urls: string[] = [];
const started = performance.now();
const [redis, pg, maria, mqtt, nats, memcached] = await Promise.all([
  startRedis(['protected-mode no']),
  startPostgres(),
  startMariaDb(),
  startMosquitto(['allow_anonymous true']),
  startNats(),
  startMemcached(),
]);
for (const [scheme, s] of [
  ['redis', redis],
  ['postgres', pg],
  ['mysql', maria],
  ['mqtt', mqtt],
  ['nats', nats],
  ['memcached', memcached],
] as const) {
  if (!s) {
    console.log(`  ${scheme}: binary missing, left out`);
    continue;
  }
  servers.push(s);
  urls.push(`${scheme}://${s.host}:${s.port}`);
}
// An HTTP server that leaks its version and its .git/config, and sets no security header.
const http = createServer((req, res) => {
  if (req.url === '/.git/config') {
    res.writeHead(200, { server: 'Apache/2.4.41', 'content-type': 'text/plain' });
    res.end('[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
    return;
  }
  res.writeHead(req.url === '/' ? 200 : 404, {
    server: 'Apache/2.4.41',
    'x-powered-by': 'PHP/7.2.1',
    'content-type': 'text/html',
  });
  res.end('<html>hello</html>');
});
await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
urls.push(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
// An HTTPS server with a self-signed certificate for another name.
const cert = makeCertificate(['wrong.example']);
const https = createHttps({ key: cert.keyPem(), cert: cert.certPem() }, (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<html>secure?</html>');
});
await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
urls.push(`https://127.0.0.1:${(https.address() as AddressInfo).port}`);
console.log(
  `\n# live services: ${urls.length} started in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

try {
  const t = performance.now();
  // Asynchronous: the HTTP servers above live in this process and must keep answering.
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'bin', 'plumb.js'), 'scan', ...urls, '-f', 'json', '--fail-on', 'none'],
    { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
  );
  const ms = performance.now() - t;
  const report = JSON.parse(out) as {
    findings: { ruleId: string; location: { path: string } }[];
    diagnostics: { target: string; message: string }[];
  };
  if (process.env.VERBOSE)
    console.log(report.findings.map((f) => `${f.location.path} ${f.ruleId}`).join('\n'), report.diagnostics);
  const services = new Set(report.findings.map((f) => f.location.path.replace(/^(\w+):\/\/.*$/, '$1')));
  console.log(
    `plumb scan of ${urls.length} services: ${(ms / 1000).toFixed(2)} s (process start included), ${report.findings.length} findings on ${services.size} kinds of service; target < 10 s ${ms < 10_000 ? 'met' : 'MISSED'}`,
  );
} finally {
  http.close();
  https.close();
  cert.cleanup();
  await Promise.all(servers.map((s) => s.stop()));
}
