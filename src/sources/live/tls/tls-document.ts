import type { LiveDocumentBase } from '../types.js';
import type { CertificateFacts } from './certificate.js';
import type { WeakCategory } from './cipher-suites.js';
import type { TlsVersionName } from './tls-wire.js';

export interface AcceptedWeakSuite {
  readonly category: WeakCategory;
  readonly version: TlsVersionName;
  readonly suite: string;
}

/** Observed TLS facts for one endpoint. Undefined means "not observed", never "no". */
export interface TlsLiveDocument extends LiveDocumentBase {
  readonly kind: 'tls-live';
  /** When the facts were observed (ISO); certificate dates are judged against this, so rules stay pure. */
  readonly observedAt: string;
  /** Name sent as SNI and checked against the certificate (absent for IP-only targets). */
  readonly servername?: string;
  /** Per protocol version: true accepted, false refused; absent when the test could not run. */
  readonly protocols: Partial<Record<TlsVersionName, boolean>>;
  /** Weak suites the server agreed to when offered nothing else. */
  readonly weakSuites: readonly AcceptedWeakSuite[];
  /** Categories tested (so "none accepted" is distinguishable from "not tested"). */
  readonly weakCategoriesTested: readonly WeakCategory[];
  /** TLS 1.2 server refused every AEAD suite (GCM/ChaCha20) and TLS 1.3 is off: only CBC modes left. */
  readonly cbcOnly?: boolean;
  readonly certificate?: CertificateFacts;
  /** Whether the certificate covers `servername`. */
  readonly nameMatches?: boolean;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'tls-live': TlsLiveDocument;
  }
}
