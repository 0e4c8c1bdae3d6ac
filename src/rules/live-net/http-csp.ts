import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { cspDirectives, isHtmlPage } from './lib/http.js';

export default defineRule({
  id: 'http/csp',
  kind: 'http-live',
  severity: 'medium',
  title: 'HTML page without an effective Content-Security-Policy',
  why: "A Content-Security-Policy tells the browser which scripts may run. Without one, a single cross-site scripting bug lets an attacker run their own JavaScript in your users' sessions (steal data, act as the user). A policy that allows `unsafe-inline` or `unsafe-eval` for scripts gives most of that protection away again.",
  fix: "Send a policy that lists script sources explicitly and avoids unsafe-inline/unsafe-eval, e.g. `Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'`. Move inline scripts to files or allow them with nonces/hashes; roll out with Content-Security-Policy-Report-Only first.",
  verify:
    "Run `curl -sI https://<host>/ | grep -i content-security-policy` and check script-src (or default-src) has no 'unsafe-inline' or 'unsafe-eval'; check the site still works in a browser with the console open; re-run `plumb scan`.",
  references: [
    'CWE-1021',
    'CWE-79',
    'OWASP ASVS 4.0 V14.4.3',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP',
    'https://www.w3.org/TR/CSP3/',
  ],
  tags: ['live', 'http', 'headers'],
  check(doc, ctx) {
    if (!isHtmlPage(doc)) return;
    const csp = cspDirectives(doc);
    const path = `${doc.path}/headers/content-security-policy`;
    if (!csp) {
      ctx.report({
        at: ENDPOINT,
        path,
        message: `${doc.path} serves HTML without a Content-Security-Policy`,
      });
      return;
    }
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    if (!scripts) {
      ctx.report({
        at: ENDPOINT,
        path: `${path}/script-src`,
        message: `${doc.path} Content-Security-Policy does not restrict scripts (no script-src or default-src)`,
      });
      return;
    }
    // 'unsafe-inline' is ignored by CSP2+ browsers when a nonce or hash is present.
    const hasNonce = scripts.some((s) => /^'(nonce-|sha256-|sha384-|sha512-)/i.test(s));
    const unsafe = scripts.filter(
      (s) => /^'unsafe-eval'$/i.test(s) || (/^'unsafe-inline'$/i.test(s) && !hasNonce),
    );
    if (unsafe.length > 0) {
      ctx.report({
        at: ENDPOINT,
        path: `${path}/script-src`,
        message: `${doc.path} Content-Security-Policy allows ${unsafe.join(' and ')} scripts`,
        evidence: `script sources: ${scripts.join(' ')}`,
      });
    }
  },
});
