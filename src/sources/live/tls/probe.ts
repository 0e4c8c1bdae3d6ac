import { connect as tlsConnect } from 'node:tls';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { ProbeError, toDiagnostic } from '../probe-error.js';
import { baseDocument, type LiveTarget, type ProbeOptions } from '../types.js';
import { type CertificateFacts, certificateMatches, socketCertificate } from './certificate.js';
import {
  AEAD_SUITES,
  LEGACY_SUITES,
  suiteName,
  TLS13_SUITES,
  WEAK_SUITES,
  type WeakCategory,
} from './cipher-suites.js';
import type { AcceptedWeakSuite, TlsLiveDocument } from './tls-document.js';
import {
  helloExchange,
  type ServerAnswer,
  TLS_VERSIONS,
  type TlsVersionName,
  versionName,
} from './tls-wire.js';

export interface TlsProbeOptions extends ProbeOptions {
  /** Hostname for SNI and the certificate name check. */
  readonly servername?: string;
  /** Skip the per-suite tests (discovery only wants the certificate and versions). */
  readonly skipSuites?: boolean;
}

export interface CertificateResult {
  readonly certificate?: CertificateFacts;
  readonly der?: Buffer;
  readonly protocol?: string;
}

/**
 * Reads the certificate with Node's TLS (rejectUnauthorized:false, so nothing is refused but
 * `authorized` still says whether the chain verifies against the bundled roots).
 */
export function fetchCertificate(
  target: LiveTarget,
  endpoint: string,
  servername: string | undefined,
  timeoutMs: number,
): Promise<CertificateResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const socket = tlsConnect({
      host: target.host,
      port: target.port,
      ...(servername ? { servername } : {}),
      rejectUnauthorized: false,
      minVersion: 'TLSv1',
      ciphers: 'ALL:@SECLEVEL=0',
    });
    const finish = (err: Error | undefined, value?: CertificateResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(value ?? {});
    };
    const timer = setTimeout(
      () => finish(new ProbeError('timeout', `${endpoint}: no TLS handshake within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once('secureConnect', () => {
      try {
        const certificate = socketCertificate(socket);
        const raw = socket.getPeerCertificate(false).raw;
        const protocol = socket.getProtocol();
        finish(undefined, {
          ...(certificate ? { certificate } : {}),
          ...(raw && raw.length > 0 ? { der: raw } : {}),
          ...(protocol ? { protocol } : {}),
        });
      } catch (e) {
        finish(
          new ProbeError('protocol-error', `${endpoint}: unreadable certificate (${(e as Error).message})`),
        );
      }
    });
    socket.once('error', (e) => finish(new ProbeError('connection-error', `${endpoint}: ${e.message}`)));
  });
}

const LEGACY_ORDER: readonly TlsVersionName[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

function accepted(answer: ServerAnswer, version: TlsVersionName): boolean {
  return answer.type === 'hello' && answer.version === TLS_VERSIONS[version];
}

/**
 * Probes a TLS endpoint: which protocol versions it accepts (a hand-built ClientHello per version),
 * which weak cipher suite families it accepts when offered nothing else, and its certificate.
 */
export async function probeTls(target: LiveTarget, opts: TlsProbeOptions): Promise<TlsLiveDocument> {
  const base = baseDocument('tls-live', 'tls', target, opts);
  const endpoint = base.path;
  const diagnostics: Diagnostic[] = [];
  const protocols: Partial<Record<TlsVersionName, boolean>> = {};
  const weakSuites: AcceptedWeakSuite[] = [];
  const weakCategoriesTested: WeakCategory[] = [];
  let sawTls = false;
  let fatal: unknown;
  const servername = opts.servername;
  const hello = (version: TlsVersionName, suites: readonly number[]) =>
    helloExchange(
      target,
      endpoint,
      { version, suites, ...(servername ? { servername } : {}) },
      opts.timeoutMs,
    );

  for (const version of [...LEGACY_ORDER, 'TLSv1.3'] as TlsVersionName[]) {
    try {
      const answer = await hello(version, version === 'TLSv1.3' ? TLS13_SUITES : LEGACY_SUITES);
      if (answer.type === 'hello' || answer.type === 'alert') sawTls = true;
      if (answer.type === 'not-tls') {
        fatal = new ProbeError(
          'protocol-error',
          `${endpoint}: does not speak TLS (answered ${answer.firstBytes})`,
        );
        break;
      }
      protocols[version] = accepted(answer, version);
      // A server answering a lower version than offered has shown that one works too.
      if (answer.type === 'hello') {
        const lower = versionName(answer.version);
        if (lower && lower !== version && protocols[lower] === undefined) protocols[lower] = true;
      }
    } catch (e) {
      fatal = e;
      break;
    }
  }

  if (!sawTls) {
    return {
      ...base,
      kind: 'tls-live',
      observedAt: new Date().toISOString(),
      reachable: false,
      protocols: {},
      weakSuites: [],
      weakCategoriesTested: [],
      ...(servername ? { servername } : {}),
      diagnostics: [
        toDiagnostic(endpoint, fatal ?? new ProbeError('protocol-error', `${endpoint}: no TLS answer`)),
      ],
    };
  }
  if (fatal) diagnostics.push(toDiagnostic(endpoint, fatal, 'warning'));

  const legacy = LEGACY_ORDER.filter((v) => protocols[v] === true);
  let cbcOnly: boolean | undefined;
  if (!opts.skipSuites && legacy.length > 0 && !fatal) {
    // Test each family at the highest and lowest accepted legacy version.
    const versions = [...new Set([legacy[legacy.length - 1], legacy[0]])] as TlsVersionName[];
    for (const category of Object.keys(WEAK_SUITES) as WeakCategory[]) {
      try {
        for (const version of versions) {
          const answer = await hello(version, WEAK_SUITES[category]);
          if (answer.type === 'hello' && WEAK_SUITES[category].includes(answer.suite)) {
            weakSuites.push({ category, version, suite: suiteName(answer.suite) });
            break;
          }
        }
        weakCategoriesTested.push(category);
      } catch (e) {
        diagnostics.push(toDiagnostic(endpoint, e, 'warning'));
      }
    }
    if (protocols['TLSv1.2'] === true && protocols['TLSv1.3'] !== true) {
      try {
        const answer = await hello('TLSv1.2', AEAD_SUITES);
        cbcOnly = !(answer.type === 'hello' && AEAD_SUITES.includes(answer.suite));
      } catch (e) {
        diagnostics.push(toDiagnostic(endpoint, e, 'warning'));
      }
    }
  }

  let certificate: CertificateFacts | undefined;
  let nameMatches: boolean | undefined;
  try {
    const cert = await fetchCertificate(target, endpoint, servername, opts.timeoutMs);
    certificate = cert.certificate;
    if (cert.der && servername) nameMatches = certificateMatches(cert.der, servername);
  } catch (e) {
    diagnostics.push(toDiagnostic(endpoint, e, 'warning'));
  }

  return {
    ...base,
    kind: 'tls-live',
    observedAt: new Date().toISOString(),
    reachable: true,
    ...(servername ? { servername } : {}),
    protocols,
    weakSuites,
    weakCategoriesTested,
    ...(cbcOnly !== undefined ? { cbcOnly } : {}),
    ...(certificate ? { certificate } : {}),
    ...(nameMatches !== undefined ? { nameMatches } : {}),
    diagnostics,
  };
}
