import { defineRule } from '../../core/rule.js';

export default defineRule({
  id: 'nginx/user-root',
  kind: 'nginx',
  severity: 'high',
  title: 'nginx workers run as root',
  why: 'The `user` directive sets the account of the worker processes that handle every request. As root, any bug in nginx, a module or a Lua/Perl handler gives an attacker full control of the machine, and every file becomes readable through a misconfigured location.',
  fix: 'Run workers as an unprivileged account, e.g. `user nginx;` or `user www-data;` (the master process still starts as root to bind ports 80/443).',
  verify: 'After a reload, run `ps -o user= -C nginx` and check only the master process is root.',
  references: ['CIS NGINX Benchmark 2.2.1', 'CWE-250', 'https://nginx.org/en/docs/ngx_core_module.html#user'],
  fixable: 'suggestion',
  options: { user: { description: 'Unprivileged user (and optional group) for the worker processes.' } },
  check(doc, ctx) {
    for (const d of doc.directives) {
      if (d.name !== 'user') continue;
      const first = d.args[0];
      const last = d.args[d.args.length - 1];
      if (!first || !last || !/^(?:root|0)$/.test(first.value)) continue;
      ctx.report({
        at: d.range,
        ...(d.file === doc.path ? {} : { file: d.file }),
        message: `worker processes run as ${first.value}`,
        path: 'main/user',
        suggest: {
          question: 'Which unprivileged user (and optional group) should the workers run as?',
          option: 'user',
          placeholder: 'nginx',
          edits: (e, value) =>
            /^[\w.-]+(?:\s+[\w.-]+)?$/.test(value.trim())
              ? e.replace([first.range.start.offset, last.range.end.offset], value.trim())
              : null,
        },
      });
    }
  },
});
