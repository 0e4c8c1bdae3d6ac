import { request } from 'node:http';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import type { ElasticsearchLiveDocument } from './elasticsearch-document.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MAX_BODY = 256 * 1024;

interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** GET over plain HTTP with a hard deadline and a body cap; rejects with ProbeError. */
export function httpGet(
  target: LiveTarget,
  path: string,
  endpoint: string,
  timeoutMs: number,
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.host,
      port: target.port,
      path,
      method: 'GET',
      headers: { accept: 'application/json', 'user-agent': 'plumb-probe' },
      agent: false,
    });
    const deadline = setTimeout(() => {
      req.destroy(
        new ProbeError('timeout', `${endpoint}: no complete reply to GET ${path} within ${timeoutMs} ms`),
      );
    }, timeoutMs);
    req.on('error', (e) => {
      clearTimeout(deadline);
      reject(e instanceof ProbeError ? e : new ProbeError('connection-error', `${endpoint}: ${e.message}`));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY)
          req.destroy(
            new ProbeError('protocol-error', `${endpoint}: reply to GET ${path} over ${MAX_BODY} bytes`),
          );
        else chunks.push(c);
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
      res.on('error', (e) => {
        clearTimeout(deadline);
        reject(e instanceof ProbeError ? e : new ProbeError('protocol-error', `${endpoint}: ${e.message}`));
      });
    });
    req.end();
  });
}

function json(body: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Elasticsearch/OpenSearch probe: `GET /` and `GET /_cluster/health` without credentials. */
export async function probeElasticsearch(
  target: LiveTarget,
  opts: ProbeOptions,
): Promise<ElasticsearchLiveDocument> {
  const base = baseDocument('elasticsearch-live', 'http', target, opts);
  const facts: Partial<Mutable<ElasticsearchLiveDocument>> = {};
  const diagnostics: Diagnostic[] = [];
  let reachable = false;
  try {
    const root = await httpGet(target, '/', base.path, opts.timeoutMs);
    reachable = true;
    facts.rootStatus = root.status;
    const challenge = root.headers['www-authenticate'];
    if (root.status === 401 && challenge) facts.authChallenge = String(challenge).slice(0, 200);
    const doc = json(root.body);
    const version = doc?.['version'] as Record<string, unknown> | undefined;
    if (
      root.status === 200 &&
      doc &&
      typeof version?.['number'] === 'string' &&
      typeof doc['cluster_name'] === 'string'
    ) {
      facts.identified = true;
      facts.version = version['number'];
      facts.clusterName = doc['cluster_name'];
      facts.distribution = version['distribution'] === 'opensearch' ? 'opensearch' : 'elasticsearch';
    }
    if (root.status === 401 && /realm="security"|elastic|opensearch/i.test(String(challenge ?? '')))
      facts.identified = true;
    const health = await httpGet(target, '/_cluster/health', base.path, opts.timeoutMs);
    facts.healthStatus = health.status;
    const status = json(health.body)?.['status'];
    if (health.status === 200 && typeof status === 'string') facts.clusterHealth = status.slice(0, 20);
  } catch (e) {
    diagnostics.push(toDiagnostic(base.path, e));
  }
  return { ...base, ...facts, kind: 'elasticsearch-live', reachable, diagnostics };
}
