import { defineRule } from '../../core/rule.js';
import type { NginxDirective } from '../../sources/parsers/nginx/nginx-document.js';
import {
  blockPath,
  childrenNamed,
  fileOf,
  httpServers,
  listensOf,
  onlyRedirects,
} from './lib/nginx-context.js';

/** `if ($scheme = http) { return 301 https://...; }` and the X-Forwarded-Proto variant. */
function redirectsByCondition(server: NginxDirective): boolean {
  return childrenNamed(server, 'if').some((i) => onlyRedirects(i));
}

/** `location / { return 301 https://...; }`, optionally next to ACME challenge locations. */
function rootLocationRedirects(server: NginxDirective): boolean {
  const locations = childrenNamed(server, 'location');
  const root = locations.find((l) => l.args.length === 1 && l.args[0]?.value === '/');
  if (!root || !onlyRedirects(root)) return false;
  return locations.every(
    (l) => l === root || onlyRedirects(l) || l.args.some((a) => a.value.includes('/.well-known/')),
  );
}

export default defineRule({
  id: 'nginx/http-without-redirect',
  kind: 'nginx',
  severity: 'medium',
  title: 'Site served over plain HTTP',
  why: 'A server on port 80 that serves pages instead of redirecting sends them, and any cookies or form data, unencrypted. Anyone on the network path can read or change them, for example to inject malware or steal a session.',
  fix: 'Make the port-80 server only redirect: `return 301 https://$host$request_uri;` (keep a `/.well-known/acme-challenge/` location if certificates are issued over HTTP), and serve the site from a `listen 443 ssl` server.',
  verify: 'Run `curl -sI http://<host>/some/page` and check for a 301 with `Location: https://...`.',
  references: ['CWE-319', 'OWASP ASVS 9.1.1', 'https://nginx.org/en/docs/http/converting_rewrite_rules.html'],
  check(doc, ctx) {
    for (const { server } of httpServers(doc)) {
      const plain = listensOf(server).filter((l) => !l.ssl && l.port === 80 && !l.loopback);
      const first = plain[0];
      if (!first) continue;
      if (onlyRedirects(server) || redirectsByCondition(server) || rootLocationRedirects(server)) continue;
      ctx.report({
        at: first.directive.range,
        ...fileOf(doc, first.directive),
        message: 'server listens on plain HTTP port 80 and serves content instead of redirecting to HTTPS',
        path: `${blockPath(server)}/plain-http`,
      });
    }
  },
});
