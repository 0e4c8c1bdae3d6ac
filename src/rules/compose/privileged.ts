import { defineRule } from '../../core/rule.js';
import { isTruthy } from '../../sources/parsers/compose/compose-document.js';
import { servicePath } from './lib/edits.js';

export default defineRule({
  id: 'compose/privileged',
  kind: 'compose',
  severity: 'critical',
  title: 'Service runs as a privileged container',
  why: 'A privileged container gets every Linux capability and direct access to all host devices, and most of the isolation Docker normally adds is switched off. Anyone who compromises the service can take over the whole host, for example by mounting its disk.',
  fix: 'Remove `privileged: true` (the fix sets it to `false`). If the service needs one specific power, grant only that with `cap_add` or `devices`.',
  verify:
    'Run `docker compose config` and check the service shows no `privileged: true`; then `docker inspect -f "{{.HostConfig.Privileged}}" <container>` prints `false`.',
  references: [
    'CIS Docker Benchmark 5.4',
    'CWE-250',
    'https://docs.docker.com/reference/compose-file/services/#privileged',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      const field = svc.privileged;
      if (!field || !isTruthy(field.value)) continue;
      ctx.report({
        at: field.range,
        message: `service "${svc.name}" runs privileged${field.inherited ? ' (inherited from a shared anchor)' : ''}`,
        path: servicePath(svc.name, 'privileged'),
        fix: (e) => e.replace(field.range, 'false'),
      });
    }
  },
});
