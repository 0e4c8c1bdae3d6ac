import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import type { PeerCertificate, TLSSocket } from 'node:tls';

/** Facts about the certificate a server presented. Dates are ISO strings; rules compare them to observedAt. */
export interface CertificateFacts {
  readonly subject: string;
  readonly issuer: string;
  readonly commonName?: string;
  /** DNS names and IP addresses from subjectAltName, in order. */
  readonly altNames: readonly string[];
  readonly validFrom: string;
  readonly validTo: string;
  /** Subject equals issuer and the certificate verifies with its own key. */
  readonly selfSigned: boolean;
  /** The chain verified against Node's bundled root store (plus NODE_EXTRA_CA_CERTS). */
  readonly trusted: boolean;
  /** OpenSSL's verification error code when not trusted (e.g. DEPTH_ZERO_SELF_SIGNED_CERT). */
  readonly verifyError?: string;
  readonly keyType?: string;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly signatureAlgorithm?: string;
  readonly fingerprint256: string;
  readonly serialNumber: string;
}

const SIGNATURE_OIDS: Record<string, string> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

/** Reads one DER TLV header: returns [contentStart, contentLength]. */
function derHeader(b: Buffer, at: number): [number, number] {
  if (at + 2 > b.length) throw new Error('DER truncated');
  const first = b[at + 1] as number;
  if (first < 0x80) return [at + 2, first];
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + 2 + n > b.length) throw new Error('DER length');
  return [at + 2 + n, b.readUIntBE(at + 2, n)];
}

function decodeOid(b: Buffer): string {
  const parts: number[] = [Math.floor((b[0] as number) / 40), (b[0] as number) % 40];
  let v = 0;
  for (const byte of b.subarray(1)) {
    v = v * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

/** The certificate's outer signatureAlgorithm OID (Certificate ::= SEQUENCE { tbs, sigAlg, sig }). */
export function signatureOid(der: Buffer): string | undefined {
  try {
    const [certStart] = derHeader(der, 0);
    const [tbsStart, tbsLen] = derHeader(der, certStart);
    const algAt = tbsStart + tbsLen;
    const [algStart] = derHeader(der, algAt);
    if (der[algStart] !== 0x06) return undefined;
    const [oidStart, oidLen] = derHeader(der, algStart);
    return decodeOid(der.subarray(oidStart, oidStart + oidLen));
  } catch {
    return undefined;
  }
}

function altNames(x509: X509Certificate): string[] {
  const raw = x509.subjectAltName ?? '';
  const out: string[] = [];
  for (const part of raw.split(/,\s*/)) {
    const m = /^(DNS|IP Address):(.+)$/.exec(part.trim());
    if (m?.[2]) out.push(m[2].replace(/^"|"$/g, ''));
  }
  return out;
}

function commonName(subject: string): string | undefined {
  for (const line of subject.split('\n')) {
    const m = /^CN=(.*)$/.exec(line.trim());
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

export function certificateFacts(der: Buffer, trusted: boolean, verifyError?: string): CertificateFacts {
  const x509 = new X509Certificate(der);
  let selfSigned = false;
  if (x509.subject === x509.issuer) {
    try {
      selfSigned = x509.verify(x509.publicKey);
    } catch {
      selfSigned = false;
    }
  }
  const details = x509.publicKey.asymmetricKeyDetails;
  const oid = signatureOid(der);
  const cn = commonName(x509.subject);
  return {
    subject: x509.subject.replace(/\n/g, ', '),
    issuer: x509.issuer.replace(/\n/g, ', '),
    ...(cn !== undefined ? { commonName: cn } : {}),
    altNames: altNames(x509),
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    selfSigned,
    trusted,
    ...(verifyError !== undefined ? { verifyError } : {}),
    ...(x509.publicKey.asymmetricKeyType !== undefined ? { keyType: x509.publicKey.asymmetricKeyType } : {}),
    ...(details?.modulusLength !== undefined ? { keyBits: details.modulusLength } : {}),
    ...(details?.namedCurve !== undefined ? { curve: details.namedCurve } : {}),
    ...(oid !== undefined ? { signatureAlgorithm: SIGNATURE_OIDS[oid] ?? oid } : {}),
    fingerprint256: x509.fingerprint256,
    serialNumber: x509.serialNumber,
  };
}

/** Whether the certificate covers `name` (DNS name with wildcard rules, or IP address). */
export function certificateMatches(der: Buffer, name: string): boolean {
  const x509 = new X509Certificate(der);
  return isIP(name) ? x509.checkIP(name) !== undefined : x509.checkHost(name) !== undefined;
}

/** Facts from a connected TLS socket (rejectUnauthorized:false, so `authorized` tells trust). */
export function socketCertificate(socket: TLSSocket): CertificateFacts | undefined {
  const peer = socket.getPeerCertificate(false) as PeerCertificate | Record<string, never>;
  const raw = (peer as PeerCertificate).raw;
  if (!raw || raw.length === 0) return undefined;
  const err = socket.authorizationError;
  const code =
    err === null || err === undefined
      ? undefined
      : typeof err === 'string'
        ? err
        : ((err as NodeJS.ErrnoException).code ?? String(err));
  return certificateFacts(raw, socket.authorized, code);
}

/** Names a certificate asserts (CN and SANs), deduplicated, for discovery leads. */
export function certificateNames(facts: CertificateFacts): string[] {
  return [...new Set([...(facts.commonName ? [facts.commonName] : []), ...facts.altNames])];
}
