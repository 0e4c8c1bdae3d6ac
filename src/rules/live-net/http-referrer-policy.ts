import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { headerAll, isHtmlPage } from './lib/http.js';

const LEAKY = new Set(['unsafe-url', 'no-referrer-when-downgrade', 'origin-when-cross-origin']);

export default defineRule({
  id: 'http/referrer-policy',
  kind: 'http-live',
  severity: 'low',
  title: 'Referrer-Policy is missing or leaks full URLs',
  why: 'When users follow a link off your site, the browser tells the other site which page they came from. Full URLs can carry session tokens, password-reset codes or search terms; a strict Referrer-Policy keeps them on your side.',
  fix: 'Send `Referrer-Policy: strict-origin-when-cross-origin` (or `no-referrer` / `same-origin` for sensitive applications).',
  verify:
    'Run `curl -sI https://<host>/ | grep -i referrer-policy` and check the value is not unsafe-url or no-referrer-when-downgrade.',
  references: [
    'CWE-200',
    'https://www.w3.org/TR/referrer-policy/',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy',
  ],
  tags: ['live', 'http', 'headers'],
  check(doc, ctx) {
    if (!isHtmlPage(doc)) return;
    const raw = headerAll(doc, 'referrer-policy');
    const path = `${doc.path}/headers/referrer-policy`;
    if (raw === undefined) {
      // Modern browsers default to strict-origin-when-cross-origin: low, but still worth setting explicitly.
      ctx.report({ at: ENDPOINT, path, message: `${doc.path} sends no Referrer-Policy header` });
      return;
    }
    // The last recognised token wins (fallback lists).
    const effective = raw
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== '')
      .pop();
    if (effective && LEAKY.has(effective))
      ctx.report({
        at: ENDPOINT,
        path,
        message: `${doc.path} Referrer-Policy ${effective} leaks full URLs`,
        evidence: `Referrer-Policy: ${raw}`,
      });
  },
});
