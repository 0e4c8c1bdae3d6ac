import { defineRule } from '../../core/rule.js';
import { blockPath, fileOf, walk } from './lib/nginx-context.js';

const BROKEN = new Set(['sslv2', 'sslv3']);
const DEPRECATED = new Set(['tlsv1', 'tlsv1.1']);

export default defineRule({
  id: 'nginx/ssl-protocols',
  kind: 'nginx',
  severity: 'medium',
  title: 'Obsolete SSL/TLS protocol versions enabled',
  why: 'SSLv2 and SSLv3 are broken (DROWN, POODLE) and TLS 1.0/1.1 are deprecated (RFC 8996): they rely on weak hashes and ciphers. Leaving them on lets an attacker who sits on the network push clients down to a version they can break, and fails PCI DSS.',
  fix: 'Allow only modern versions: `ssl_protocols TLSv1.2 TLSv1.3;`.',
  verify:
    'Run `openssl s_client -connect <host>:443 -tls1_1 </dev/null` and check the handshake fails, while `-tls1_2` succeeds.',
  references: [
    'CIS NGINX Benchmark 4.1.4',
    'CWE-327',
    'https://datatracker.ietf.org/doc/html/rfc8996',
    'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'ssl_protocols' || d.args.length === 0) return;
      const weak = d.args.filter(
        (a) => BROKEN.has(a.value.toLowerCase()) || DEPRECATED.has(a.value.toLowerCase()),
      );
      if (weak.length === 0) return;
      const kept = d.args.filter((a) => !weak.includes(a));
      const first = d.args[0];
      const last = d.args[d.args.length - 1];
      const broken = weak.some((a) => BROKEN.has(a.value.toLowerCase()));
      ctx.report({
        at: d.range,
        ...fileOf(doc, d),
        severity: broken ? 'high' : 'medium',
        message: `ssl_protocols enables ${weak.map((a) => a.value).join(', ')}`,
        path: `${blockPath(d, ancestors)}`,
        evidence: `ssl_protocols ${d.args.map((a) => a.raw).join(' ')}`,
        fix: (e) =>
          first && last
            ? e.replace(
                [first.range.start.offset, last.range.end.offset],
                kept.length > 0 ? kept.map((a) => a.raw).join(' ') : 'TLSv1.2 TLSv1.3',
              )
            : null,
      });
    });
  },
});
