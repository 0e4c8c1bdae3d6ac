import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { BaseDocument } from '../core/document.js';
import { RULES } from '../rules/index.js';
import {
  type Asset,
  type DiscoverOptions,
  discover,
  type NetworkService,
  probeNetworkEndpoint,
} from '../sources/discovery/index.js';
import { probeEndpoint } from '../sources/live/index.js';
import { isLiveServiceName } from '../sources/live/services.js';
import type { LiveCredentials } from '../sources/live/types.js';
import type { PlumbConfig } from './config.js';
import { defaultOptions, runRules } from './run-rules.js';
import { finalise, ruleSelection, type ScanResult } from './scan.js';
import type { ScannedFinding } from './scan-file.js';
import { selectRules } from './scan-file.js';

const SCHEME_SERVICE: Record<string, string> = {
  redis: 'redis',
  rediss: 'redis',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  mongodb: 'mongodb',
  memcached: 'memcached',
  mqtt: 'mqtt',
  amqp: 'amqp',
  nats: 'nats',
  http: 'http',
  https: 'https',
  tls: 'tls',
  ssh: 'ssh',
  elasticsearch: 'elasticsearch',
};
const DEFAULT_PORT: Record<string, number> = {
  http: 80,
  https: 443,
  tls: 443,
  ssh: 22,
  redis: 6379,
  postgres: 5432,
  mysql: 3306,
  mongodb: 27017,
  memcached: 11211,
  mqtt: 1883,
  amqp: 5672,
  nats: 4222,
  elasticsearch: 9200,
};
const NETWORK: ReadonlySet<string> = new Set(['http', 'https', 'tls', 'ssh']);

/**
 * A command-line argument is a live target when it is a URL, `host:port`, an IP or a CIDR, and
 * not an existing path (a directory called `db:5432` is still a directory).
 */
export function isLiveTarget(arg: string, cwd: string): boolean {
  if (existsSync(resolve(cwd, arg))) return false;
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ||
    /^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/i.test(arg) ||
    /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(arg) ||
    (/^[0-9a-f:]+(\/\d{1,3})?$/i.test(arg) && arg.includes(':'))
  );
}

interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly service?: string;
  readonly hostname?: string;
}

function fromUrl(arg: string): Endpoint | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?/i.exec(arg);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const service = SCHEME_SERVICE[scheme];
  const host = m[2]!.replace(/^\[|\]$/g, '');
  const port = m[3] ? Number(m[3]) : (DEFAULT_PORT[service ?? ''] ?? 0);
  return {
    host,
    port,
    ...(service ? { service } : {}),
    ...(/[a-z]/i.test(host) && !host.includes(':') ? { hostname: host } : {}),
  };
}

export interface LiveScanOptions {
  readonly targets: readonly string[];
  readonly config?: PlumbConfig;
  readonly timeoutMs?: number;
  readonly defaultCredentials?: boolean;
  readonly credentials?: LiveCredentials;
  readonly only?: readonly string[];
  readonly discover?: DiscoverOptions;
}

export interface LiveScanResult extends ScanResult {
  readonly documents: readonly BaseDocument[];
  readonly assets: readonly Asset[];
}

async function probe(
  e: Endpoint,
  opts: LiveScanOptions,
): Promise<{ documents: BaseDocument[]; diagnostics: Diagnostic[] }> {
  const probeOpts = {
    timeoutMs: opts.timeoutMs ?? 3000,
    ...(opts.defaultCredentials === false ? { defaultCredentials: false } : {}),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
  };
  if (e.service && NETWORK.has(e.service)) {
    return probeNetworkEndpoint(
      {
        host: e.host,
        port: e.port,
        service: e.service as NetworkService,
        ...(e.hostname ? { hostname: e.hostname } : {}),
      },
      probeOpts,
    );
  }
  if (e.service && isLiveServiceName(e.service))
    return probeEndpoint({ host: e.host, port: e.port, service: e.service }, probeOpts);
  return {
    documents: [],
    diagnostics: [
      {
        code: 'unresolved',
        level: 'warning',
        target: `tcp://${e.host}:${e.port}`,
        message: `no probe for service ${e.service ?? 'unknown'}`,
      },
    ],
  };
}

/**
 * Scans live targets: URLs name their service; `host:port`, hosts and CIDRs are discovered
 * first (TCP connect scan, identification by handshake) and every identified service is
 * probed once. Pure rules then judge the probe documents, as for files.
 */
export async function scanLive(opts: LiveScanOptions): Promise<LiveScanResult> {
  const started = performance.now();
  const config = opts.config ?? {};
  const selection = ruleSelection(config, opts.only, undefined);
  const rules = selectRules(RULES, selection);
  const diagnostics: Diagnostic[] = [];
  const endpoints: Endpoint[] = [];
  const toDiscover: string[] = [];
  for (const t of opts.targets) {
    const url = fromUrl(t);
    if (url?.service && url.port) endpoints.push(url);
    else if (url) toDiscover.push(`${url.host}:${url.port}`);
    else toDiscover.push(t);
  }
  let assets: Asset[] = [];
  if (toDiscover.length) {
    const found = await discover(toDiscover, opts.discover ?? {});
    assets = found.assets;
    diagnostics.push(...found.diagnostics);
    for (const a of found.assets)
      endpoints.push({
        host: a.host,
        port: a.port,
        service: a.service,
        ...(a.hostname ? { hostname: a.hostname } : {}),
      });
  }
  const documents: BaseDocument[] = [];
  const results = await Promise.all(endpoints.map((e) => probe(e, opts)));
  for (const r of results) {
    documents.push(...r.documents);
    diagnostics.push(...r.diagnostics);
  }
  const raw: ScannedFinding[] = [];
  for (const doc of documents) {
    const r = runRules(doc, rules, (rule) => ({
      ...defaultOptions(rule),
      ...(selection.options[rule.id] ?? {}),
    }));
    diagnostics.push(...r.diagnostics);
    for (const f of r.findings) raw.push({ ...f, asset: doc.path, source: doc.path });
  }
  const { findings, suppressed } = finalise(raw, config, undefined, new Date());
  return {
    findings,
    suppressed,
    diagnostics,
    stats: { files: endpoints.length, bytes: 0, durationMs: performance.now() - started, byKind: {} },
    rules,
    files: [],
    selection,
    documents,
    assets,
  };
}
