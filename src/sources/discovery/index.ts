import type { Diagnostic } from '../../core/diagnostic.js';
import { fetchOnce } from '../live/http/http-client.js';
import { probeHttp } from '../live/http/probe.js';
import { probeSsh } from '../live/ssh/probe.js';
import { certificateNames } from '../live/tls/certificate.js';
import { fetchCertificate, probeTls } from '../live/tls/probe.js';
import { endpointUrl, type LiveDocumentBase, type ProbeOptions } from '../live/types.js';
import { type Fingerprint, fingerprint, type ServiceName } from './fingerprint.js';
import { DEFAULT_PORTS } from './ports.js';
import { isLoopback, type PortScanOptions, portScan } from './scan.js';
import { inScope, parseTargets, type ScanHost } from './targets.js';

export type { ServiceName } from './fingerprint.js';
export { DEFAULT_PORTS, PortSpecError, parsePorts, SERVICE_PORTS } from './ports.js';

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

async function pool<T>(items: readonly T[], limit: number, body: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await body(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
  // One job per address; a host:port target adds its port to that address's list.
  const byAddress = new Map<string, { host: ScanHost; ports: Set<number> }>();
  for (const h of parsed.hosts) {
    const entry = byAddress.get(h.address) ?? { host: h, ports: new Set<number>() };
    for (const p of h.ports ?? ports) entry.ports.add(p);
    if (!entry.host.hostname && h.hostname) entry.host = h;
    byAddress.set(h.address, entry);
  }
  const jobs = [...byAddress.values()].map((e) => ({
    host: e.host.address,
    ports: [...e.ports].sort((a, b) => a - b),
  }));
  const scan = await portScan(jobs, opts);
  const scanMs = performance.now() - started;

  const assets: Asset[] = [];
  const leads = new Map<string, Lead>();
  await pool(scan.open, opts.identifyConcurrency ?? 32, async ({ host, port }) => {
    const scanHost = byAddress.get(host)?.host;
    const hostname = scanHost?.hostname;
    const loop = isLoopback(host);
    const waitMs = opts.identifyTimeoutMs ?? (loop ? 300 : 1500);
    const target = { host, port };
    let fp: Fingerprint;
    try {
      fp = await fingerprint(target, {
        bannerWaitMs: loop ? Math.min(waitMs, 150) : Math.min(waitMs, 600),
        waitMs,
        ...(hostname ? { servername: hostname } : {}),
      });
    } catch (e) {
      diagnostics.push({
        code: 'protocol-error',
        level: 'warning',
        target: endpointUrl('tcp', target),
        message: `identification failed: ${(e as Error).message}`,
      });
      fp = { service: 'unknown' };
    }
    let service: Asset['service'] = fp.service;
    let version = fp.version;
    let tls: Asset['tls'];
    if (fp.service === 'tls') {
      try {
        const cert = await fetchCertificate(target, endpointUrl('tls', target), hostname, waitMs * 3);
        if (cert.certificate) {
          const names = certificateNames(cert.certificate);
          tls = {
            names,
            subject: cert.certificate.subject,
            issuer: cert.certificate.issuer,
            validTo: cert.certificate.validTo,
            selfSigned: cert.certificate.selfSigned,
            trusted: cert.certificate.trusted,
            ...(cert.protocol ? { protocol: cert.protocol } : {}),
          };
          for (const name of names) {
            if (!inScope(parsed.scope, name) && !leads.has(name.toLowerCase()))
              leads.set(name.toLowerCase(), { name, source: endpointUrl('tls', target) });
          }
        }
        const reply = await fetchOnce({
          scheme: 'https',
          address: host,
          port,
          hostname: hostname ?? host,
          method: 'GET',
          path: '/',
          timeoutMs: waitMs * 3,
          maxBody: 4096,
        });
        service = 'https';
        const server = reply.headers['server']?.[0];
        if (server) version = server;
      } catch (e) {
        diagnostics.push({
          code: 'protocol-error',
          level: 'note',
          target: endpointUrl('tls', target),
          message: `TLS service details unavailable: ${(e as Error).message}`,
        });
      }
    }
    assets.push({
      host,
      ...(hostname ? { hostname } : {}),
      port,
      service,
      ...(version ? { version } : {}),
      ...(fp.banner ? { banner: fp.banner } : {}),
      ...(tls ? { tls } : {}),
    });
  });
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

export type NetworkService = 'http' | 'https' | 'tls' | 'ssh';

export interface NetworkEndpoint {
  readonly host: string;
  readonly port: number;
  /** Identified by handshake when absent. */
  readonly service?: NetworkService;
  /** Hostname for SNI, Host header and the certificate name check. */
  readonly hostname?: string;
}

export interface NetworkProbeOptions extends ProbeOptions {
  /** Skip the sensitive-path requests of the HTTP probe. */
  readonly skipPaths?: boolean;
  /** Port where HTTPS is expected when judging an http:// endpoint (default 443). */
  readonly httpsPort?: number;
  /** Ask SSH servers for their authentication methods (default true). */
  readonly sshAuthMethods?: boolean;
  readonly sshUser?: string;
}

export interface NetworkProbeResult {
  readonly documents: LiveDocumentBase[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Probes one HTTP, HTTPS, TLS or SSH endpoint and returns documents of kinds `http-live`,
 * `tls-live` and `ssh-live` (only for services that answered), plus diagnostics naming the endpoint.
 */
export async function probeNetworkEndpoint(
  target: NetworkEndpoint,
  opts: NetworkProbeOptions,
): Promise<NetworkProbeResult> {
  const where = { host: target.host, port: target.port };
  let service = target.service;
  const diagnostics: Diagnostic[] = [];
  if (!service) {
    const fp = await fingerprint(where, {
      bannerWaitMs: Math.min(opts.timeoutMs, 600),
      waitMs: opts.timeoutMs,
      ...(target.hostname ? { servername: target.hostname } : {}),
    });
    if (fp.service === 'ssh' || fp.service === 'http' || fp.service === 'elasticsearch') {
      service = fp.service === 'ssh' ? 'ssh' : 'http';
    } else if (fp.service === 'tls') {
      service = 'tls';
      try {
        await fetchOnce({
          scheme: 'https',
          address: target.host,
          port: target.port,
          hostname: target.hostname ?? target.host,
          method: 'HEAD',
          path: '/',
          timeoutMs: opts.timeoutMs,
          maxBody: 1024,
        });
        service = 'https';
      } catch {
        // TLS without HTTP (or HTTP that failed): the TLS probe still applies.
      }
    } else {
      return {
        documents: [],
        diagnostics: [
          {
            code: 'unresolved',
            level: 'warning',
            target: endpointUrl('tcp', where),
            message:
              fp.service === 'unknown'
                ? 'did not answer any HTTP, TLS or SSH handshake'
                : `speaks ${fp.service}, not HTTP, TLS or SSH`,
          },
        ],
      };
    }
  }
  const docs: LiveDocumentBase[] = [];
  const servername = target.hostname;
  if (service === 'http' || service === 'https') {
    docs.push(
      await probeHttp(where, {
        ...opts,
        scheme: service,
        ...(servername ? { hostname: servername } : {}),
        ...(opts.skipPaths !== undefined ? { skipPaths: opts.skipPaths } : {}),
        ...(opts.httpsPort !== undefined ? { httpsPort: opts.httpsPort } : {}),
      }),
    );
  }
  if (service === 'https' || service === 'tls') {
    docs.push(await probeTls(where, { ...opts, ...(servername ? { servername } : {}) }));
  }
  if (service === 'ssh') {
    docs.push(
      await probeSsh(where, {
        ...opts,
        ...(opts.sshAuthMethods !== undefined ? { authMethods: opts.sshAuthMethods } : {}),
        ...(opts.sshUser !== undefined ? { authUser: opts.sshUser } : {}),
      }),
    );
  }
  for (const d of docs) diagnostics.push(...d.diagnostics);
  return { documents: docs.filter((d) => d.reachable), diagnostics };
}

/** Document kinds probeNetworkEndpoint produces (also listed in LIVE_KINDS). */
export const NETWORK_LIVE_KINDS = ['http-live', 'tls-live', 'ssh-live'] as const;
