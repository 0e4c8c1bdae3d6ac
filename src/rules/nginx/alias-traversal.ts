import { defineRule } from '../../core/rule.js';
import { blockPath, child, fileOf, walk } from './lib/nginx-context.js';

export default defineRule({
  id: 'nginx/alias-traversal',
  kind: 'nginx',
  severity: 'high',
  title: 'Path traversal through alias ("off-by-slash")',
  why: 'With `location /static { alias /srv/static/; }` nginx replaces `/static` by `/srv/static/`, so a request for `/static../secret` is served from `/srv/secret`: anyone can read files next to the aliased folder (source code, .env files, keys) one directory up.',
  fix: 'End the location prefix with a slash like the alias: `location /static/ { alias /srv/static/; }`.',
  verify:
    'Request `/static../` (e.g. `curl -i https://<host>/static../etc/`) and check for a 404 instead of a listing or file.',
  references: [
    'CWE-22',
    'https://nginx.org/en/docs/http/ngx_http_core_module.html#alias',
    'https://github.com/yandex/gixy/blob/master/docs/en/plugins/aliastraversal.md',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'location' || !d.children) return;
      const [first, second] = d.args;
      const uri = first?.value === '^~' ? second : d.args.length === 1 ? first : undefined;
      if (!uri || uri.value.endsWith('/') || uri.value.startsWith('@') || uri.variable) return;
      const alias = child(d, 'alias');
      const target = alias?.args[0];
      if (!alias || !target?.value.endsWith('/')) return;
      ctx.report({
        at:
          d.nameRange.start.line === uri.range.start.line
            ? { start: d.nameRange.start, end: uri.range.end }
            : d.range,
        ...fileOf(doc, d),
        message: `location ${uri.value} has no trailing slash but its alias ${target.value} does: ${uri.value}../ escapes the folder`,
        path: blockPath(d, ancestors),
        fix: (e) => e.insertAt(uri.quoted ? uri.range.end.offset - 1 : uri.range.end.offset, '/'),
      });
    });
  },
});
