import type { Diagnostic } from '../../core/diagnostic.js';
import { fetchOnce } from '../live/http/http-client.js';
import { certificateNames } from '../live/tls/certificate.js';
import { fetchCertificate } from '../live/tls/probe.js';
import { endpointUrl, type LiveTarget } from '../live/types.js';
import type { Asset } from './discover.js';
import { type Fingerprint, fingerprint } from './fingerprint.js';

export interface IdentifyOptions {
  /** The name the operator gave for this host: SNI and Host header. */
  readonly hostname?: string | undefined;
  /** Wait for a greeting before speaking. */
  readonly bannerWaitMs: number;
  /** Wait per opening move (three times that for the TLS certificate and the HTTPS request). */
  readonly waitMs: number;
}

export interface Identified {
  readonly asset: Asset;
  readonly diagnostics: Diagnostic[];
}

/**
 * What one open port is: the service by its handshake and, for TLS, the certificate's names and
 * whether HTTP runs inside. Never throws: what could not be learned becomes a diagnostic.
 */
export async function identifyAsset(target: LiveTarget, opts: IdentifyOptions): Promise<Identified> {
  const { host, port } = target;
  const { hostname, waitMs } = opts;
  const diagnostics: Diagnostic[] = [];
  let fp: Fingerprint;
  try {
    fp = await fingerprint(target, {
      bannerWaitMs: opts.bannerWaitMs,
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
        tls = {
          names: certificateNames(cert.certificate),
          subject: cert.certificate.subject,
          issuer: cert.certificate.issuer,
          validTo: cert.certificate.validTo,
          selfSigned: cert.certificate.selfSigned,
          trusted: cert.certificate.trusted,
          ...(cert.protocol ? { protocol: cert.protocol } : {}),
        };
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
  const asset: Asset = {
    host,
    ...(hostname ? { hostname } : {}),
    port,
    service,
    ...(version ? { version } : {}),
    ...(fp.banner ? { banner: fp.banner } : {}),
    ...(tls ? { tls } : {}),
  };
  return { asset, diagnostics };
}
