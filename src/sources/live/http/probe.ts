import { randomBytes } from 'node:crypto';
import { connect as tlsConnect } from 'node:tls';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { toDiagnostic } from '../probe-error.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import { fetchOnce, type HttpReply } from './http-client.js';
import type { CookieFacts, ExposedPath, HttpLiveDocument } from './http-document.js';
import { SENSITIVE_PATHS } from './sensitive-paths.js';

export interface HttpProbeOptions extends ProbeOptions {
  readonly scheme: 'http' | 'https';
  /** Hostname for Host/SNI; defaults to the address. */
  readonly hostname?: string;
  /** Most redirects followed, and only to the same host (default 3). */
  readonly maxRedirects?: number;
  /** Skip the sensitive-path requests (default false). */
  readonly skipPaths?: boolean;
  /** Port to look for HTTPS on when judging an http:// endpoint (default 443). */
  readonly httpsPort?: number;
  /** Most body bytes read per response (default 64 KiB). */
  readonly maxBody?: number;
}

export const CORS_TEST_ORIGIN = 'https://evil.example';

export function parseSetCookie(header: string): CookieFacts | undefined {
  const [pair = '', ...attrs] = header.split(';');
  const eq = pair.indexOf('=');
  const name = (eq === -1 ? pair : pair.slice(0, eq)).trim();
  if (name === '') return undefined;
  let secure = false;
  let httpOnly = false;
  let sameSite: string | undefined;
  for (const a of attrs) {
    const [k = '', v = ''] = a.split('=').map((x) => x.trim());
    const key = k.toLowerCase();
    if (key === 'secure') secure = true;
    else if (key === 'httponly') httpOnly = true;
    else if (key === 'samesite') sameSite = v;
  }
  return { name, secure, httpOnly, ...(sameSite !== undefined ? { sameSite } : {}) };
}

/** Rough similarity of two bodies (shared 4-byte shingles over the first 8 KiB), 0..1. */
function similarity(a: Buffer, b: Buffer): number {
  const shingles = (x: Buffer) => {
    const s = new Set<string>();
    const t = x.subarray(0, 8192).toString('latin1');
    for (let i = 0; i + 4 <= t.length; i += 2) s.add(t.slice(i, i + 4));
    return s;
  };
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return common / Math.max(sa.size, sb.size);
}

function httpsListening(
  address: string,
  hostname: string,
  port: number,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: address,
      port,
      rejectUnauthorized: false,
      ...(/^[\d.:]+$/.test(hostname) ? {} : { servername: hostname }),
    });
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Probes one HTTP(S) endpoint with a handful of read-only requests: `GET /` (with a foreign Origin,
 * following same-host redirects), `TRACE /`, a random path (soft-404 baseline) and the sensitive paths.
 */
export async function probeHttp(target: LiveTarget, opts: HttpProbeOptions): Promise<HttpLiveDocument> {
  const base = baseDocument('http-live', opts.scheme, target, opts);
  const hostname = opts.hostname ?? target.host;
  const endpoint = base.path;
  const maxBody = opts.maxBody ?? 64 * 1024;
  const diagnostics: Diagnostic[] = [];
  const get = (
    path: string,
    method = 'GET',
    headers?: Record<string, string>,
    scheme = opts.scheme,
    port = target.port,
  ) =>
    fetchOnce({
      scheme,
      address: target.host,
      port,
      hostname,
      method,
      path,
      timeoutMs: opts.timeoutMs,
      maxBody,
      ...(headers ? { headers } : {}),
    });

  const redirects: { url: string; status: number; location: string }[] = [];
  const cookies: CookieFacts[] = [];
  let first: HttpReply;
  try {
    first = await get('/', 'GET', { origin: CORS_TEST_ORIGIN });
  } catch (e) {
    return {
      ...base,
      kind: 'http-live',
      scheme: opts.scheme,
      hostname,
      reachable: false,
      redirects: [],
      cookies: [],
      pathsChecked: false,
      exposedPaths: [],
      diagnostics: [toDiagnostic(endpoint, e)],
    };
  }

  // Follow redirects only while they stay on this host (scope); never to other names.
  let reply = first;
  let url = new URL(
    `${opts.scheme}://${hostname.includes(':') ? `[${hostname}]` : hostname}:${target.port}/`,
  );
  for (const c of reply.headers['set-cookie'] ?? []) {
    const parsed = parseSetCookie(c);
    if (parsed) cookies.push(parsed);
  }
  for (let hop = 0; hop < (opts.maxRedirects ?? 3); hop++) {
    const location = reply.headers['location']?.[0];
    if (reply.status < 300 || reply.status > 399 || !location) break;
    redirects.push({ url: url.href, status: reply.status, location });
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      break;
    }
    const sameHost = next.hostname.replace(/^\[|\]$/g, '') === hostname;
    if (!sameHost || (next.protocol !== 'http:' && next.protocol !== 'https:')) break;
    const scheme = next.protocol === 'https:' ? 'https' : 'http';
    const port = next.port ? Number(next.port) : scheme === 'https' ? 443 : 80;
    try {
      reply = await get(`${next.pathname}${next.search}`, 'GET', { origin: CORS_TEST_ORIGIN }, scheme, port);
    } catch (e) {
      diagnostics.push(toDiagnostic(endpoint, e, 'warning'));
      break;
    }
    url = next;
    for (const c of reply.headers['set-cookie'] ?? []) {
      const parsed = parseSetCookie(c);
      if (parsed) cookies.push(parsed);
    }
  }

  let redirectsToHttps: boolean | undefined;
  let httpsAvailable: boolean | undefined;
  if (opts.scheme === 'http') {
    const location = first.status >= 300 && first.status <= 399 ? first.headers['location']?.[0] : undefined;
    redirectsToHttps = location !== undefined && /^https:\/\//i.test(location);
    if (!redirectsToHttps)
      httpsAvailable = await httpsListening(target.host, hostname, opts.httpsPort ?? 443, opts.timeoutMs);
  }

  let traceEnabled: boolean | undefined;
  try {
    const marker = `plumb-${randomBytes(6).toString('hex')}`;
    const trace = await get('/', 'TRACE', { 'x-plumb-trace': marker });
    traceEnabled = trace.status === 200 && trace.body.toString('latin1').includes(marker);
  } catch (e) {
    diagnostics.push(toDiagnostic(endpoint, e, 'note'));
  }

  const body = reply.body.toString('latin1');
  const directoryListing =
    reply.status === 200 && /<title>\s*(Index of \/|Directory listing for \/)/i.test(body.slice(0, 4096));

  const exposedPaths: ExposedPath[] = [];
  let pathsChecked = false;
  if (opts.skipPaths !== true) {
    try {
      const baseline = await get(`/plumb-${randomBytes(8).toString('hex')}.txt`);
      pathsChecked = true;
      for (const p of SENSITIVE_PATHS) {
        let r: HttpReply;
        try {
          r = await get(p.path);
        } catch (e) {
          diagnostics.push(toDiagnostic(endpoint, e, 'note'));
          continue;
        }
        if (r.status !== 200) continue;
        // Soft-404 guard: a page that looks like the random-path answer is not the file.
        if (
          baseline.status === 200 &&
          (r.body.equals(baseline.body) || similarity(r.body, baseline.body) > 0.9)
        )
          continue;
        const evidence = p.match(r.body);
        if (evidence) exposedPaths.push({ path: p.path, status: r.status, evidence });
      }
    } catch (e) {
      diagnostics.push(toDiagnostic(endpoint, e, 'warning'));
    }
  }

  const allowOrigin = reply.headers['access-control-allow-origin']?.[0];
  const allowCredentials =
    (reply.headers['access-control-allow-credentials']?.[0] ?? '').trim().toLowerCase() === 'true';
  return {
    ...base,
    kind: 'http-live',
    scheme: opts.scheme,
    hostname,
    reachable: true,
    response: { url: url.href, status: reply.status, headers: reply.headers },
    redirects,
    cookies,
    cors: {
      origin: CORS_TEST_ORIGIN,
      ...(allowOrigin !== undefined ? { allowOrigin } : {}),
      allowCredentials,
    },
    ...(redirectsToHttps !== undefined ? { redirectsToHttps } : {}),
    ...(httpsAvailable !== undefined ? { httpsAvailable } : {}),
    ...(traceEnabled !== undefined ? { traceEnabled } : {}),
    directoryListing,
    pathsChecked,
    exposedPaths,
    diagnostics,
  };
}
