import { defineRule } from '../../core/rule.js';
import { blockPath, fileOf, walk } from './lib/nginx-context.js';

export default defineRule({
  id: 'nginx/client-max-body-size',
  kind: 'nginx',
  severity: 'low',
  title: 'Request body size unlimited',
  why: '`client_max_body_size 0` turns off the request size check, so a single client can stream gigabytes into nginx temp files or the backend and fill the disk or exhaust memory, taking the service down.',
  fix: 'Set a limit that fits the largest legitimate upload, e.g. `client_max_body_size 10m;` (only raise it in the locations that accept uploads).',
  verify:
    'Send a body larger than the limit (`curl -i -X POST --data-binary @big.file https://<host>/`) and check nginx answers 413.',
  references: [
    'CIS NGINX Benchmark 5.2.2',
    'CWE-770',
    'https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size',
  ],
  fixable: 'suggestion',
  options: { size: { description: 'Maximum request body size, e.g. 10m.' } },
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'client_max_body_size') return;
      const arg = d.args[0];
      if (!arg || !/^0+[kKmMgG]?$/.test(arg.value)) return;
      ctx.report({
        at: d.range,
        ...fileOf(doc, d),
        message: 'client_max_body_size 0 disables the request body size limit',
        path: blockPath(d, ancestors),
        suggest: {
          question: 'What is the largest request body this site must accept (e.g. 10m)?',
          option: 'size',
          placeholder: '10m',
          edits: (e, value) => (/^\d+[kKmMgG]?$/.test(value) ? e.replace(arg.range, value) : null),
        },
      });
    });
  },
});
