import { defineRule } from '../../core/rule.js';
import { appendToSeq } from '../../fixers/yaml-edit.js';
import { scalarContent, servicePath } from './lib/edits.js';

const ENABLED = /^no-new-privileges(?:[:=]true)?$/i;

export default defineRule({
  id: 'compose/no-new-privileges',
  kind: 'compose',
  severity: 'low',
  title: 'Service does not set no-new-privileges',
  why: 'Without `no-new-privileges`, a process in the container can gain privileges by running a setuid or setcap binary (su, sudo, ping...). Setting it closes a common step from "code execution as the app user" to "root inside the container".',
  fix: "Add `no-new-privileges:true` to the service's `security_opt` list.",
  verify:
    'Run `docker inspect -f "{{.HostConfig.SecurityOpt}}" <container>` and check it contains `no-new-privileges:true`; inside the container, `grep NoNewPrivs /proc/1/status` prints 1.',
  references: [
    'CIS Docker Benchmark 5.25',
    'CWE-269',
    'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      const opts = svc.securityOpt;
      if (opts?.value.some((o) => ENABLED.test(o.value.trim()))) continue;
      if (opts?.value.some((o) => /^no-new-privileges[:=]false$/i.test(o.value.trim()))) {
        const off = opts.value.find((o) => /^no-new-privileges/i.test(o.value.trim()));
        if (!off) continue;
        ctx.report({
          at: off.range,
          message: `service "${svc.name}" explicitly allows privilege escalation (no-new-privileges:false)`,
          path: servicePath(svc.name, 'security_opt', 'no-new-privileges'),
          fix: (e) => {
            const span = scalarContent(doc.source, off.path);
            return span ? e.replace([span[1] - 'false'.length, span[1]], 'true') : null;
          },
        });
        continue;
      }
      ctx.report({
        at: opts?.keyRange ?? svc.nameRange,
        message: `service "${svc.name}" does not set no-new-privileges:true`,
        path: servicePath(svc.name, 'security_opt', 'no-new-privileges'),
        fix: (e) =>
          appendToSeq(e, doc.source, opts?.path ?? [...svc.path, 'security_opt'], 'no-new-privileges:true'),
      });
    }
  },
});
