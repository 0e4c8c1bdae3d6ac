import { defineRule } from '../../core/rule.js';
import { removeListItem, servicePath } from './lib/edits.js';

/** `security_opt` values that switch off a kernel confinement layer (`:` and `=` both accepted). */
const UNCONFINED: { re: RegExp; what: string }[] = [
  { re: /^seccomp[:=]unconfined$/i, what: 'disables the seccomp system-call filter' },
  { re: /^apparmor[:=]unconfined$/i, what: 'disables the AppArmor profile' },
  { re: /^label[:=]disable$/i, what: 'disables SELinux labelling' },
  { re: /^label[:=]type:(?:spc_t|unconfined_t)$/i, what: 'runs with an unconfined SELinux type' },
  { re: /^systempaths[:=]unconfined$/i, what: 'unmasks /proc and /sys paths Docker normally hides' },
];

export default defineRule({
  id: 'compose/unconfined-security-opt',
  kind: 'compose',
  severity: 'high',
  title: 'Service switches off seccomp, AppArmor or SELinux',
  why: "Seccomp, AppArmor and SELinux are the kernel-level guard rails that block the system calls and file accesses most container escapes rely on. Turning them off with `security_opt` leaves the service's isolation resting on namespaces alone.",
  fix: 'Remove the `seccomp:unconfined` / `apparmor:unconfined` / `label:disable` entry. If a tool needs one extra system call, ship a custom seccomp profile (`seccomp:./profile.json`) that allows only that call.',
  verify:
    'Run `docker inspect -f "{{.HostConfig.SecurityOpt}}" <container>` and check no `unconfined` or `label=disable` entry remains.',
  references: [
    'CIS Docker Benchmark 5.21',
    'CIS Docker Benchmark 5.1',
    'CIS Docker Benchmark 5.2',
    'CWE-693',
    'https://docs.docker.com/engine/security/seccomp/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      const field = svc.securityOpt;
      if (!field) continue;
      for (const item of field.value) {
        const value = item.value.trim();
        const hit = UNCONFINED.find((u) => u.re.test(value));
        if (!hit) continue;
        ctx.report({
          at: item.range,
          message: `service "${svc.name}" ${hit.what} (security_opt: ${value})`,
          path: servicePath(svc.name, 'security_opt', value.toLowerCase().replace('=', ':')),
          fix: (e) => removeListItem(e, doc.source, field.path, item.index),
        });
      }
    }
  },
});
