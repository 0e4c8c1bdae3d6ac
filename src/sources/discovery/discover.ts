import type { Diagnostic } from '../../core/diagnostic.js';
import { endpointUrl } from '../live/types.js';
import type { ServiceName } from './fingerprint.js';
import { DEFAULT_PORTS } from './ports.js';
import { isLoopback, type OpenPort, type PortScanOptions, portScan } from './scan.js';
import { inScope, parseTargets, type ScanHost } from './targets.js';

/** What discovery learned about one open port. */
export interface Asset {
  readonly host: string;
  /** The name the operator gave for this host, when the target was a hostname. */
  readonly hostname?: string;
  readonly port: number;
  /** Identified by handshake; `https` is TLS carrying HTTP. */
  readonly service: ServiceName | 'https';
  readonly version?: string;
  readonly banner?: string;
  readonly tls?: {
    /** Names the certificate asserts (CN and subjectAltName). */
    readonly names: readonly string[];
    readonly subject?: string;
    readonly issuer?: string;
    readonly validTo?: string;
    readonly selfSigned?: boolean;
    readonly trusted?: boolean;
    readonly protocol?: string;
  };
}

/** A name seen on a certificate that is outside the scope: reported for a human, never probed. */
export interface Lead {
  readonly name: string;
  /** Endpoint whose certificate named it. */
  readonly source: string;
}

export interface DiscoverOptions extends PortScanOptions {
  /** Ports to try on every host without its own port (default DEFAULT_PORTS). */
  readonly ports?: readonly number[];
  /** Most hosts a CIDR may expand to without `force` (default 65536). */
  readonly maxHosts?: number;
  readonly force?: boolean;
  /** Parallel identifications (default 32). */
  readonly identifyConcurrency?: number;
  /** Wait per identification step (default 300 ms on loopback, 1500 ms elsewhere). */
  readonly identifyTimeoutMs?: number;
  readonly resolve?: (name: string) => Promise<string[]>;
}

export interface DiscoverResult {
  readonly assets: Asset[];
  readonly leads: Lead[];
  readonly diagnostics: Diagnostic[];
  readonly stats: {
    readonly hosts: number;
    readonly portsTried: number;
    readonly scanMs: number;
    readonly totalMs: number;
  };
}

/** Runs tasks as they come, at most `max` at a time, in arrival order. */
function limiter(max: number): (task: () => Promise<void>) => Promise<void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= max) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      await task();
    } finally {
      // A finished task hands its place straight to the next one, so `max` is never exceeded.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Discovers services: expands targets, TCP-connect-scans them, identifies each open port by its
 * handshake, and reads TLS certificates. Certificate names outside the targets become leads.
 */
export async function discover(
  targets: readonly string[],
  opts: DiscoverOptions = {},
): Promise<DiscoverResult> {
  const started = performance.now();
  const parsed = await parseTargets(targets, {
    ...(opts.maxHosts !== undefined ? { maxHosts: opts.maxHosts } : {}),
    ...(opts.force !== undefined ? { force: opts.force } : {}),
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
  });
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({
    code: 'config-error',
    level: 'error',
    target: e.input,
    message: e.message,
  }));
  const ports = opts.ports ?? DEFAULT_PORTS;
  // Hosts without ports of their own share one list (a CIDR's hosts then cost one copy of it).
  const listed = [...new Set(ports)].sort((a, b) => a - b);
  // One job per address; a host:port target adds its port to that address's list.
  const byAddress = new Map<string, { host: ScanHost; own?: Set<number>; listed: boolean }>();
  for (const h of parsed.hosts) {
    const entry = byAddress.get(h.address) ?? { host: h, listed: false };
    if (h.ports) entry.own = new Set([...(entry.own ?? []), ...h.ports]);
    else entry.listed = true;
    if (!entry.host.hostname && h.hostname) entry.host = h;
    byAddress.set(h.address, entry);
  }
  const jobs = [...byAddress.values()].map((e) => ({
    host: e.host.address,
    ports: e.own ? [...new Set([...e.own, ...(e.listed ? listed : [])])].sort((a, b) => a - b) : listed,
  }));

  const assets: Asset[] = [];
  const leads = new Map<string, Lead>();
  let identification: Promise<typeof import('./identify-asset.js')> | undefined;
  async function identify(found: OpenPort): Promise<void> {
    // Loaded on first use: a sweep that finds nothing never needs it.
    identification ??= import('./identify-asset.js');
    const { identifyAsset } = await identification;
    const hostname = byAddress.get(found.host)?.host.hostname;
    const loop = isLoopback(found.host);
    const waitMs = opts.identifyTimeoutMs ?? (loop ? 300 : 1500);
    const result = await identifyAsset(found, {
      hostname,
      bannerWaitMs: loop ? Math.min(waitMs, 150) : Math.min(waitMs, 600),
      waitMs,
    });
    assets.push(result.asset);
    diagnostics.push(...result.diagnostics);
    for (const name of result.asset.tls?.names ?? []) {
      if (!inScope(parsed.scope, name) && !leads.has(name.toLowerCase()))
        leads.set(name.toLowerCase(), { name, source: endpointUrl('tls', found) });
    }
  }
  // Each open port is identified as soon as the scan finds it, while the scan goes on: waiting for
  // a silent service's greeting then overlaps the rest of the sweep instead of following it.
  const identifying: Promise<void>[] = [];
  const queue = limiter(opts.identifyConcurrency ?? 32);
  await portScan(jobs, {
    ...opts,
    onOpen: (found) => {
      opts.onOpen?.(found);
      identifying.push(queue(() => identify(found)));
    },
  });
  const scanMs = performance.now() - started;

  await Promise.all(identifying);
  assets.sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
  return {
    assets,
    leads: [...leads.values()].sort((a, b) => a.name.localeCompare(b.name)),
    diagnostics,
    stats: {
      hosts: jobs.length,
      portsTried: jobs.reduce((n, j) => n + j.ports.length, 0),
      scanMs,
      totalMs: performance.now() - started,
    },
  };
}
