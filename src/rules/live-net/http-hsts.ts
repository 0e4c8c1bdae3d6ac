import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { header } from './lib/http.js';

const MIN_MAX_AGE = 15552000;

export default defineRule({
  id: 'http/hsts',
  kind: 'http-live',
  severity: 'medium',
  title: 'HTTPS site without a strong Strict-Transport-Security header',
  why: 'Without HSTS a browser will still try plain http:// first (typed addresses, old links), and anyone on the same Wi-Fi or network path can intercept that first request and keep the victim on an unencrypted copy of the site (SSL stripping). A short max-age lets the protection lapse between visits; without includeSubDomains, cookies can be attacked through an http:// subdomain.',
  fix: 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS response (nginx: `add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;`, Apache: `Header always set Strict-Transport-Security ...`). Add includeSubDomains only once every subdomain serves HTTPS.',
  verify:
    'Run `curl -sI https://<host>/ | grep -i strict-transport-security` and check max-age is at least 15552000 (6 months) and includeSubDomains is present; re-run `plumb scan https://<host>`.',
  references: [
    'CWE-319',
    'OWASP ASVS 4.0 V14.4.5',
    'https://www.rfc-editor.org/rfc/rfc6797',
    'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html',
  ],
  tags: ['live', 'http', 'transport'],
  check(doc, ctx) {
    if (doc.scheme !== 'https' || !doc.response) return;
    const value = header(doc, 'strict-transport-security');
    const path = `${doc.path}/headers/strict-transport-security`;
    if (value === undefined) {
      ctx.report({ at: ENDPOINT, path, message: `${doc.path} sends no Strict-Transport-Security header` });
      return;
    }
    const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
    if (maxAge === undefined || Number(maxAge) < MIN_MAX_AGE) {
      ctx.report({
        at: ENDPOINT,
        path,
        message: `${doc.path} HSTS max-age is ${maxAge ?? 'missing'} (needs at least ${MIN_MAX_AGE}, 6 months)`,
        evidence: `Strict-Transport-Security: ${value}`,
      });
      return;
    }
    if (!/(?:^|;)\s*includesubdomains\s*(?:;|$)/i.test(value)) {
      ctx.report({
        at: ENDPOINT,
        path: `${path}/includeSubDomains`,
        severity: 'low',
        message: `${doc.path} HSTS does not cover subdomains (no includeSubDomains)`,
        evidence: `Strict-Transport-Security: ${value}`,
      });
    }
  },
});
