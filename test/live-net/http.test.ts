import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../src/rules/live-net/index.js';
import { probeHttp } from '../../src/sources/live/http/probe.js';
import { type CertFiles, makeCertificate, which } from './support/servers.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const closers: (() => void)[] = [];

async function serve(handler: Handler): Promise<number> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closers.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

afterAll(() => {
  for (const c of closers) c();
});

function ruleIds(doc: Parameters<typeof runRules>[0]): string[] {
  return [
    ...new Set(
      runRules(
        doc,
        rules.filter((r) => r.kind === doc.kind),
        () => ({}),
      ).findings.map((f) => f.ruleId),
    ),
  ].sort();
}

/** A careless app: soft-404 for everything, leaks files, reflects CORS, echoes TRACE, lists a directory. */
const careless: Handler = (req, res) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  res.setHeader('server', 'Apache/2.4.49 (Unix)');
  res.setHeader('x-powered-by', 'PHP/7.2.1');
  if (req.method === 'TRACE') {
    res.writeHead(200, { 'content-type': 'message/http' });
    res.end(
      `TRACE ${req.url} HTTP/1.1\r\n${Object.entries(req.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n')}`,
    );
    return;
  }
  if (req.url === '/') {
    res.setHeader('set-cookie', ['PHPSESSID=abc123; path=/', 'theme=dark']);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><head><title>Index of /</title></head><body><a href="a.txt">a.txt</a></body></html>');
    return;
  }
  if (req.url === '/.git/config') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
    return;
  }
  if (req.url === '/.env') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('DB_PASSWORD=hunter2\nAPI_KEY=abc\n');
    return;
  }
  // Soft 404: every other path is "found" and shows the same page.
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<html><body>Welcome! Page not found, but here is our home page.</body></html>');
};

/** A careful app: all headers, no leaks, TRACE refused, real 404s, redirects http->https is not tested here. */
const careful: Handler = (req, res) => {
  if (req.method === 'TRACE') {
    res.writeHead(405);
    res.end();
    return;
  }
  if (req.url !== '/') {
    res.writeHead(404, { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'set-cookie': 'sid=x; Secure; HttpOnly; SameSite=Lax',
    server: 'nginx',
  });
  res.end('<html><body>hi</body></html>');
};

describe('HTTP probe against local servers', () => {
  it("collects the careless app's problems and the soft-404 guard keeps other paths quiet", async () => {
    const port = await serve(careless);
    const doc = await probeHttp(
      { host: '127.0.0.1', port },
      { timeoutMs: 2000, scheme: 'http', httpsPort: port },
    );
    expect(doc.reachable).toBe(true);
    expect(doc.exposedPaths.map((p) => p.path)).toEqual(['/.git/config', '/.env']);
    expect(doc.traceEnabled).toBe(true);
    expect(doc.directoryListing).toBe(true);
    expect(doc.cors).toEqual({
      origin: 'https://evil.example',
      allowOrigin: 'https://evil.example',
      allowCredentials: true,
    });
    expect(doc.redirectsToHttps).toBe(false);
    expect(ruleIds(doc)).toEqual([
      'http/clickjacking',
      'http/cors',
      'http/csp',
      'http/directory-listing',
      'http/exposed-sensitive-path',
      'http/insecure-cookie',
      'http/nosniff',
      'http/referrer-policy',
      'http/trace-enabled',
      'http/version-disclosure',
    ]);
  });

  it('finds nothing on the careful app', async () => {
    const port = await serve(careful);
    const doc = await probeHttp(
      { host: '127.0.0.1', port },
      { timeoutMs: 2000, scheme: 'http', httpsPort: 1 },
    );
    expect(doc.exposedPaths).toEqual([]);
    expect(doc.traceEnabled).toBe(false);
    expect(ruleIds(doc)).toEqual([]);
  });

  it('follows a same-host redirect', async () => {
    const target = await serve(careful);
    const port = await serve((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${target}/` });
      res.end();
    });
    const doc = await probeHttp(
      { host: '127.0.0.1', port },
      { timeoutMs: 2000, scheme: 'http', httpsPort: 1, skipPaths: true },
    );
    expect(doc.redirects).toHaveLength(1);
    expect(doc.response?.status).toBe(200);
    expect(doc.httpsAvailable).toBe(false);
  });

  it('never follows a redirect to another host', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(301, { location: 'https://elsewhere.example/' });
      res.end();
    });
    const doc = await probeHttp(
      { host: '127.0.0.1', port },
      { timeoutMs: 2000, scheme: 'http', httpsPort: 1, skipPaths: true },
    );
    expect(doc.redirects).toEqual([
      { url: `http://127.0.0.1:${port}/`, status: 301, location: 'https://elsewhere.example/' },
    ]);
    expect(doc.response?.status).toBe(301);
    expect(doc.redirectsToHttps).toBe(true);
  });
});

const openssl = which('openssl');
describe.skipIf(!openssl)('HTTPS probe', () => {
  let cert: CertFiles;
  let port: number;
  beforeAll(async () => {
    cert = makeCertificate(['localhost'], { days: 365 });
    const server = createHttpsServer({ key: cert.keyPem(), cert: cert.certPem() }, (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=600',
        'set-cookie': 'session=1; HttpOnly; SameSite=Strict',
      });
      res.end('<html></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    closers.push(() => server.close());
    closers.push(() => cert.cleanup());
    port = (server.address() as AddressInfo).port;
  });

  it('judges HSTS and the Secure flag on HTTPS', async () => {
    const doc = await probeHttp(
      { host: '127.0.0.1', port },
      { timeoutMs: 2000, scheme: 'https', hostname: 'localhost', skipPaths: true },
    );
    expect(ruleIds(doc)).toEqual(['http/hsts', 'http/insecure-cookie']);
  });

  it('flags plain HTTP on a host whose HTTPS port answers', async () => {
    const plain = await serve(careful);
    const doc = await probeHttp(
      { host: '127.0.0.1', port: plain },
      { timeoutMs: 2000, scheme: 'http', httpsPort: port, skipPaths: true },
    );
    expect(doc.httpsAvailable).toBe(true);
    expect(ruleIds(doc)).toEqual(['http/no-https-redirect']);
  });
});
