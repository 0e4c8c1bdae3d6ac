import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { cspDirectives, header, isHtmlPage } from './lib/http.js';

export default defineRule({
  id: 'http/clickjacking',
  kind: 'http-live',
  severity: 'medium',
  title: 'HTML page can be framed by any site (clickjacking)',
  why: 'If any website may load your pages in an invisible frame, it can trick logged-in users into clicking buttons on your site (change settings, confirm payments) while they think they are clicking something else.',
  fix: "Send `Content-Security-Policy: frame-ancestors 'self'` (or 'none'), and for old browsers also `X-Frame-Options: SAMEORIGIN` (or DENY).",
  verify:
    'Run `curl -sI https://<host>/` and check for `frame-ancestors` in Content-Security-Policy or `X-Frame-Options: DENY|SAMEORIGIN`; re-run `plumb scan`.',
  references: [
    'CWE-1021',
    'OWASP ASVS 4.0 V14.4.7',
    'https://cheatsheetseries.owasp.org/cheatsheets/Clickjacking_Defense_Cheat_Sheet.html',
    'https://www.rfc-editor.org/rfc/rfc7034',
  ],
  tags: ['live', 'http', 'headers'],
  check(doc, ctx) {
    if (!isHtmlPage(doc)) return;
    const ancestors = cspDirectives(doc)?.get('frame-ancestors');
    const xfo = header(doc, 'x-frame-options')?.trim().toLowerCase();
    if (ancestors && !ancestors.includes('*')) return;
    if (!ancestors && (xfo === 'deny' || xfo === 'sameorigin')) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/headers/frame-ancestors`,
      message: ancestors
        ? `${doc.path} allows framing by any origin (frame-ancestors *)`
        : `${doc.path} sets neither CSP frame-ancestors nor a valid X-Frame-Options`,
      ...(xfo !== undefined ? { evidence: `X-Frame-Options: ${xfo}` } : {}),
    });
  },
});
