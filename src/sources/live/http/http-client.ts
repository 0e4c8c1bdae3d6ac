import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { ProbeError } from '../probe-error.js';

export interface HttpRequestSpec {
  readonly scheme: 'http' | 'https';
  readonly address: string;
  readonly port: number;
  /** Host header and SNI name. */
  readonly hostname: string;
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly timeoutMs: number;
  /** Most body bytes read; the connection is dropped after that. */
  readonly maxBody: number;
}

export interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string[]>;
  readonly body: Buffer;
  readonly truncated: boolean;
}

function headerMap(raw: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const list = out[name] ?? [];
    list.push(raw[i + 1] as string);
    out[name] = list;
  }
  return out;
}

/** One bounded HTTP request over a fresh connection (no agent, no keep-alive, no certificate check). */
export function fetchOnce(spec: HttpRequestSpec): Promise<HttpReply> {
  const endpoint = `${spec.scheme}://${spec.hostname}:${spec.port}${spec.path}`;
  return new Promise((resolve, reject) => {
    let settled = false;
    const hostHeader = isIP(spec.hostname) === 6 ? `[${spec.hostname}]` : spec.hostname;
    const defaultPort = spec.scheme === 'https' ? 443 : 80;
    const options = {
      host: spec.address,
      port: spec.port,
      method: spec.method,
      path: spec.path,
      agent: false as const,
      headers: {
        host: spec.port === defaultPort ? hostHeader : `${hostHeader}:${spec.port}`,
        'user-agent': 'plumb-scan (read-only security check)',
        accept: '*/*',
        connection: 'close',
        ...(spec.headers ?? {}),
      },
      ...(spec.scheme === 'https'
        ? {
            rejectUnauthorized: false,
            ...(isIP(spec.hostname) ? {} : { servername: spec.hostname }),
            minVersion: 'TLSv1' as const,
            ciphers: 'ALL:@SECLEVEL=0',
          }
        : {}),
    };
    const finish = (err: Error | undefined, value?: HttpReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (err) reject(err);
      else resolve(value as HttpReply);
    };
    const req = (spec.scheme === 'https' ? httpsRequest : httpRequest)(options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (truncated: boolean) =>
        finish(undefined, {
          status: res.statusCode ?? 0,
          headers: headerMap(res.rawHeaders),
          body: Buffer.concat(chunks).subarray(0, spec.maxBody),
          truncated,
        });
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        size += c.length;
        if (size >= spec.maxBody) done(true);
      });
      res.on('end', () => done(false));
      res.on('error', (e) => finish(new ProbeError('protocol-error', `${endpoint}: ${e.message}`)));
      res.on('aborted', () => done(true));
    });
    const timer = setTimeout(
      () => finish(new ProbeError('timeout', `${endpoint}: no complete answer within ${spec.timeoutMs} ms`)),
      spec.timeoutMs,
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      finish(
        new ProbeError(
          e.code === 'HPE_INVALID_CONSTANT' || /Parse Error/.test(e.message)
            ? 'protocol-error'
            : 'connection-error',
          `${endpoint}: ${e.message}`,
        ),
      ),
    );
    req.end();
  });
}
