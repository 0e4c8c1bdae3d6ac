import type { HttpLiveDocument } from '../../../sources/live/http/http-document.js';
import type { SshLiveDocument } from '../../../sources/live/ssh/ssh-document.js';
import type { TlsLiveDocument } from '../../../sources/live/tls/tls-document.js';

/**
 * Fixture builders for the live-net rule tests: a reachable endpoint on 127.0.0.1 with the given
 * facts on top. Live documents are never parsed from text, so tests build them.
 */

const base = (kind: string, scheme: string, port: number) => ({
  kind,
  path: `${scheme}://127.0.0.1:${port}`,
  text: '',
  host: '127.0.0.1',
  port,
  reachable: true,
  defaultCredentialsChecked: false,
  diagnostics: [],
});

export function httpDoc(
  facts: Partial<Omit<HttpLiveDocument, 'kind' | 'response'>> & {
    status?: number;
    headers?: Record<string, string | string[]>;
  } = {},
): HttpLiveDocument {
  const scheme = facts.scheme ?? 'https';
  const port = facts.port ?? (scheme === 'https' ? 443 : 80);
  const headers: Record<string, string[]> = { 'content-type': ['text/html; charset=utf-8'] };
  for (const [k, v] of Object.entries(facts.headers ?? {}))
    headers[k.toLowerCase()] = Array.isArray(v) ? v : [v];
  const { status, headers: _h, ...rest } = facts;
  return {
    ...base('http-live', scheme, port),
    scheme,
    hostname: '127.0.0.1',
    response: { url: `${scheme}://127.0.0.1:${port}/`, status: status ?? 200, headers },
    redirects: [],
    cookies: [],
    pathsChecked: true,
    exposedPaths: [],
    ...rest,
  } as HttpLiveDocument;
}

export const OBSERVED_AT = '2025-06-01T12:00:00.000Z';

export function tlsDoc(facts: Partial<Omit<TlsLiveDocument, 'kind'>> = {}): TlsLiveDocument {
  return {
    ...base('tls-live', 'tls', facts.port ?? 443),
    observedAt: OBSERVED_AT,
    protocols: { SSLv3: false, 'TLSv1.0': false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': true },
    weakSuites: [],
    weakCategoriesTested: ['null', 'export', 'des', 'rc4', '3des', 'anonymous'],
    ...facts,
  } as TlsLiveDocument;
}

/** A healthy certificate valid 2025-01-01..2026-01-01 for www.example.com. */
export function goodCertificate(over: Partial<NonNullable<TlsLiveDocument['certificate']>> = {}) {
  return {
    subject: 'CN=www.example.com',
    issuer: 'C=US, O=Example CA, CN=Example Issuing CA',
    commonName: 'www.example.com',
    altNames: ['www.example.com'],
    validFrom: '2025-01-01T00:00:00.000Z',
    validTo: '2026-01-01T00:00:00.000Z',
    selfSigned: false,
    trusted: true,
    keyType: 'rsa',
    keyBits: 2048,
    signatureAlgorithm: 'sha256WithRSAEncryption',
    fingerprint256: 'AA:BB',
    serialNumber: '01',
    ...over,
  };
}

export function sshDoc(facts: Partial<Omit<SshLiveDocument, 'kind'>> = {}): SshLiveDocument {
  return {
    ...base('ssh-live', 'ssh', facts.port ?? 22),
    banner: 'SSH-2.0-OpenSSH_9.6',
    protocolVersion: '2.0',
    software: 'OpenSSH_9.6',
    algorithms: {
      kex: ['sntrup761x25519-sha512@openssh.com', 'curve25519-sha256', 'curve25519-sha256@libssh.org'],
      hostKey: ['ssh-ed25519', 'rsa-sha2-512', 'rsa-sha2-256'],
      ciphers: ['chacha20-poly1305@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr'],
      macs: ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com'],
      compression: ['none'],
    },
    authMethods: ['publickey'],
    noneAuthAccepted: false,
    authUser: 'plumb-probe',
    ...facts,
  } as SshLiveDocument;
}
