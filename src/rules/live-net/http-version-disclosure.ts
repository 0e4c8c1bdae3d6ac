import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';
import { header } from './lib/http.js';

export default defineRule({
  id: 'http/version-disclosure',
  kind: 'http-live',
  severity: 'low',
  title: 'Server software version disclosed in headers',
  why: 'Headers like `Server: Apache/2.4.49` or `X-Powered-By: PHP/7.2.1` tell attackers exactly which known vulnerabilities to try, and let automated scanners pick your host out of millions. Hiding them does not fix anything by itself, but it removes free reconnaissance.',
  fix: 'Hide versions: nginx `server_tokens off;`, Apache `ServerTokens Prod` + `ServerSignature Off`, PHP `expose_php = Off`, Express `app.disable("x-powered-by")`; remove X-Powered-By/X-AspNet-Version in the proxy or framework.',
  verify:
    'Run `curl -sI https://<host>/` and check Server has no version number and X-Powered-By / X-AspNet-Version are gone.',
  references: [
    'CWE-200',
    'CWE-497',
    'OWASP ASVS 4.0 V14.3.3',
    'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/01-Information_Gathering/02-Fingerprint_Web_Server',
  ],
  tags: ['live', 'http', 'disclosure'],
  check(doc, ctx) {
    if (!doc.response) return;
    const server = header(doc, 'server');
    if (server && /\/\s*v?\d/.test(server)) {
      ctx.report({
        at: ENDPOINT,
        path: `${doc.path}/headers/server`,
        message: `${doc.path} announces its version: Server: ${server}`,
        evidence: `Server: ${server}`,
      });
    }
    for (const name of ['x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version']) {
      const v = header(doc, name);
      if (v)
        ctx.report({
          at: ENDPOINT,
          path: `${doc.path}/headers/${name}`,
          message: `${doc.path} sends ${name}: ${v}`,
          evidence: `${name}: ${v}`,
        });
    }
  },
});
