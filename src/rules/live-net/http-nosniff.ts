import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { header } from './lib/http.js';

export default defineRule({
  id: 'http/nosniff',
  kind: 'http-live',
  severity: 'low',
  title: 'X-Content-Type-Options: nosniff is not set',
  why: 'Without nosniff, browsers may guess ("sniff") a response\'s type and run an uploaded text or image file as a script or stylesheet, turning a harmless upload into cross-site scripting.',
  fix: 'Send `X-Content-Type-Options: nosniff` on every response (nginx: `add_header X-Content-Type-Options nosniff always;`) and make sure every response carries a correct Content-Type.',
  verify: 'Run `curl -sI https://<host>/ | grep -i x-content-type-options` and expect `nosniff`.',
  references: [
    'CWE-693',
    'OWASP ASVS 4.0 V14.4.4',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options',
  ],
  tags: ['live', 'http', 'headers'],
  check(doc, ctx) {
    if (!doc.response || doc.response.status >= 400) return;
    const value = header(doc, 'x-content-type-options');
    if (value?.trim().toLowerCase() === 'nosniff') return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/headers/x-content-type-options`,
      message: `${doc.path} does not send X-Content-Type-Options: nosniff`,
      ...(value !== undefined ? { evidence: `X-Content-Type-Options: ${value}` } : {}),
    });
  },
});
