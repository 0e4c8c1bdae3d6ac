import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'http/trace-enabled',
  kind: 'http-live',
  severity: 'low',
  title: 'HTTP TRACE method echoes requests',
  why: 'TRACE sends the whole request back, including headers. Combined with other bugs it can leak cookies or authorization headers that scripts are not supposed to see (cross-site tracing), and it reveals what proxies add to requests. No application needs it.',
  fix: 'Disable TRACE: Apache `TraceEnable off`; nginx rejects TRACE by default (check proxies in front); Tomcat `allowTrace="false"` on the Connector; IIS request filtering `<verbs><add verb="TRACE" allowed="false"/>`.',
  verify:
    'Run `curl -si -X TRACE https://<host>/` and expect 405 or 501, not 200 with your request echoed; re-run `plumb scan`.',
  references: [
    'CWE-693',
    'https://owasp.org/www-community/attacks/Cross_Site_Tracing',
    'https://httpd.apache.org/docs/2.4/mod/core.html#traceenable',
  ],
  tags: ['live', 'http'],
  check(doc, ctx) {
    if (doc.traceEnabled !== true) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/methods/TRACE`,
      message: `${doc.path} answers TRACE and echoes the request`,
    });
  },
});
