import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'http/no-https-redirect',
  kind: 'http-live',
  severity: 'medium',
  title: 'Plain HTTP is served although HTTPS exists',
  why: 'The host has an HTTPS listener, but http:// still serves content instead of redirecting. Users who type the bare address or follow old links stay on an unencrypted connection where passwords and cookies can be read or the page altered in transit.',
  fix: 'Make the port-80 site answer every request with a permanent redirect to the same path on https:// (nginx: `return 301 https://$host$request_uri;`, Apache: `Redirect permanent / https://<host>/`), then add HSTS on the HTTPS site.',
  verify:
    'Run `curl -sI http://<host>/` and expect `301` (or 308) with `Location: https://...`; re-run `plumb scan`.',
  references: [
    'CWE-319',
    'OWASP ASVS 4.0 V9.1.1',
    'https://infosec.mozilla.org/guidelines/web_security#http-redirections',
  ],
  tags: ['live', 'http', 'transport'],
  check(doc, ctx) {
    if (doc.scheme !== 'http' || doc.redirectsToHttps !== false || doc.httpsAvailable !== true) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/https-redirect`,
      message: `${doc.path} answers ${doc.redirects[0]?.status ?? doc.response?.status ?? '?'} over plain HTTP instead of redirecting to HTTPS`,
    });
  },
});
