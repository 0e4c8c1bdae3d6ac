import { defineRule } from '../../core/rule.js';
import type { TlsVersionName } from '../../sources/live/tls/tls-wire.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

const LEGACY: readonly { version: TlsVersionName; severity: 'high' | 'medium' }[] = [
  { version: 'SSLv3', severity: 'high' },
  { version: 'TLSv1.0', severity: 'medium' },
  { version: 'TLSv1.1', severity: 'medium' },
];

export default defineRule({
  id: 'tls/legacy-protocol',
  kind: 'tls-live',
  severity: 'high',
  title: 'Server accepts SSLv3, TLS 1.0 or TLS 1.1',
  why: 'SSLv3 is broken (POODLE) and TLS 1.0/1.1 were formally deprecated in 2021 (RFC 8996): they rely on SHA-1/MD5 and CBC constructions with known attacks (BEAST, Lucky13). A server that still accepts them can be pushed onto them by an attacker and fails PCI DSS and most compliance baselines.',
  fix: 'Allow only TLS 1.2 and 1.3: nginx `ssl_protocols TLSv1.2 TLSv1.3;`, Apache `SSLProtocol -all +TLSv1.2 +TLSv1.3`, HAProxy `ssl-min-ver TLSv1.2`, Node `minVersion: "TLSv1.2"`, Java `jdk.tls.disabledAlgorithms` including TLSv1, TLSv1.1.',
  verify:
    'Run `openssl s_client -connect <host>:<port> -tls1_1 </dev/null` (and -tls1): the handshake must fail; re-run `plumb scan` (it tests each version with its own ClientHello).',
  references: [
    'CWE-327',
    'CWE-757',
    'https://www.rfc-editor.org/rfc/rfc8996',
    'https://wiki.mozilla.org/Security/Server_Side_TLS',
    'PCI DSS v4.0 4.2.1',
  ],
  tags: ['live', 'tls'],
  check(doc, ctx) {
    for (const { version, severity } of LEGACY) {
      if (doc.protocols[version] !== true) continue;
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/protocols/${version}`,
        severity,
        message: `${doc.path} accepts ${version}`,
      });
    }
  },
});
