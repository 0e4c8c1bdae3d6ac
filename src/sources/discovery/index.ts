import type { Diagnostic } from '../../core/diagnostic.js';
import { fetchOnce } from '../live/http/http-client.js';
import { probeHttp } from '../live/http/probe.js';
import { probeSsh } from '../live/ssh/probe.js';
import { probeTls } from '../live/tls/probe.js';
import { endpointUrl, type LiveDocumentBase, type ProbeOptions } from '../live/types.js';
import { fingerprint } from './fingerprint.js';

export type { Asset, DiscoverOptions, DiscoverResult, Lead } from './discover.js';
export { discover } from './discover.js';
export type { ServiceName } from './fingerprint.js';
export { DEFAULT_PORTS, PortSpecError, parsePorts, SERVICE_PORTS } from './ports.js';

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
