import { defineRule } from '../../core/rule.js';
import { child, fileOf, httpBlocks, insertIntoBlock, walk } from './lib/nginx-context.js';

export default defineRule({
  id: 'nginx/server-tokens',
  kind: 'nginx',
  severity: 'low',
  title: 'nginx advertises its version',
  why: 'With server_tokens on (the default), nginx puts its exact version in the Server header and on error pages. Attackers use it to pick known exploits for that version without any probing.',
  fix: 'Set `server_tokens off;` in the http block (and remove any `server_tokens on;` further down).',
  verify:
    'Run `curl -sI https://<host>/ | grep -i ^server` and check it says `nginx` without a version number.',
  references: [
    'CIS NGINX Benchmark 2.5.1',
    'CWE-200',
    'https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'server_tokens') return;
      const arg = d.args[0];
      if (!arg || arg.variable || arg.value.toLowerCase() === 'off') return;
      ctx.report({
        at: d.range,
        ...fileOf(doc, d),
        message: `server_tokens ${arg.value} shows the nginx version in headers and error pages`,
        path: [...ancestors.map((a) => a.name), 'server_tokens'].join('/'),
        fix: (e) => e.replace(arg.range, 'off'),
      });
    });
    for (const http of httpBlocks(doc)) {
      if (child(http, 'server_tokens')) continue;
      ctx.report({
        at: http.nameRange,
        ...fileOf(doc, http),
        message: 'server_tokens is not set in the http block, so nginx shows its version (default on)',
        path: 'http/server_tokens',
        fix: () => insertIntoBlock(doc, http, 'server_tokens off;'),
      });
    }
  },
});
