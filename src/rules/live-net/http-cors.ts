import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'http/cors',
  kind: 'http-live',
  severity: 'high',
  title: 'CORS lets other websites read responses',
  why: "The probe sent `Origin: https://evil.example`. If the server echoes any origin back and allows credentials, any website a logged-in user visits can read that user's data from your API with their cookies. A wildcard origin without credentials only exposes public data but is often broader than intended.",
  fix: 'Answer Access-Control-Allow-Origin only for an explicit allow-list of your own origins (compare the Origin header exactly, never by substring or by echoing it), and send Access-Control-Allow-Credentials: true only for those. Use `*` only for truly public, cookie-less resources.',
  verify:
    'Run `curl -sI -H "Origin: https://evil.example" https://<host>/` and check Access-Control-Allow-Origin is absent (or not evil.example) and credentials are not allowed; re-run `plumb scan`.',
  references: [
    'CWE-942',
    'OWASP ASVS 4.0 V14.5.3',
    'https://portswigger.net/web-security/cors',
    'https://fetch.spec.whatwg.org/#http-cors-protocol',
  ],
  tags: ['live', 'http', 'cors'],
  check(doc, ctx) {
    const cors = doc.cors;
    if (!cors?.allowOrigin) return;
    const allowed = cors.allowOrigin.trim();
    const path = `${doc.path}/cors`;
    const evidence = `Origin: ${cors.origin} -> Access-Control-Allow-Origin: ${allowed}${cors.allowCredentials ? ', Access-Control-Allow-Credentials: true' : ''}`;
    if (allowed === cors.origin || allowed === 'null') {
      ctx.report({
        at: ENDPOINT,
        path,
        evidence,
        ...(cors.allowCredentials ? {} : { severity: 'medium' as const }),
        message: cors.allowCredentials
          ? `${doc.path} reflects any Origin and allows credentials: any site can read users' data`
          : `${doc.path} reflects any Origin in Access-Control-Allow-Origin`,
      });
      return;
    }
    if (allowed === '*') {
      ctx.report({
        at: ENDPOINT,
        path,
        evidence,
        severity: 'low',
        message: `${doc.path} allows every origin (Access-Control-Allow-Origin: *)`,
      });
    }
  },
});
