import { defineRule } from '../../core/rule.js';
import { blockPath, fileOf, walk } from './lib/nginx-context.js';

export default defineRule({
  id: 'nginx/autoindex',
  kind: 'nginx',
  severity: 'medium',
  title: 'Directory listing enabled',
  why: 'autoindex on makes nginx list every file in a directory that has no index page. Backups, configuration files, dumps and other files nobody meant to publish become easy to find and download.',
  fix: 'Set `autoindex off;` (or remove the directive; off is the default) and serve explicit index pages.',
  verify:
    'Request a directory URL without an index file (e.g. `curl -i https://<host>/static/`) and check for a 403/404 instead of a file listing.',
  references: [
    'CIS NGINX Benchmark 5.1.1',
    'CWE-548',
    'https://nginx.org/en/docs/http/ngx_http_autoindex_module.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'autoindex') return;
      const arg = d.args[0];
      if (arg?.value.toLowerCase() !== 'on') return;
      ctx.report({
        at: d.range,
        ...fileOf(doc, d),
        message: `autoindex on lists directory contents${ancestors.length ? ` in ${blockPath(ancestors[ancestors.length - 1] as typeof d)}` : ''}`,
        path: blockPath(d, ancestors),
        fix: (e) => e.replace(arg.range, 'off'),
      });
    });
  },
});
