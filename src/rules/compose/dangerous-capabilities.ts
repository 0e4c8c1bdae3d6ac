import { defineRule } from '../../core/rule.js';
import { removeListItem, servicePath } from './lib/edits.js';

/** Capabilities that are not in Docker's default set and each open a path to the host. */
const DANGEROUS: Record<string, string> = {
  ALL: 'every capability',
  SYS_ADMIN: 'mount filesystems and much of what root can do',
  NET_ADMIN: 'reconfigure interfaces, routes and firewall rules',
  SYS_PTRACE: 'read and alter the memory of other processes',
  SYS_MODULE: 'load kernel modules',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  DAC_READ_SEARCH: 'read any file by handle, bypassing permissions',
  SYS_BOOT: 'reboot the host',
  MAC_ADMIN: 'change the mandatory access control policy',
  MAC_OVERRIDE: 'bypass the mandatory access control policy',
  BPF: 'load eBPF programs into the kernel',
  PERFMON: 'observe kernel and other processes',
  SYSLOG: 'read and clear the kernel log',
  SYS_TIME: "set the host's clock",
  LINUX_IMMUTABLE: 'change immutable files',
};

export default defineRule({
  id: 'compose/dangerous-capabilities',
  kind: 'compose',
  severity: 'high',
  title: 'Service adds a dangerous Linux capability',
  why: "Linux capabilities split root's powers into pieces. Docker drops the risky ones by default; adding back SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE or ALL gives the container powers that are routinely used to escape to the host or to spy on other containers.",
  fix: 'Remove the capability from `cap_add`. If the service needs one narrow power, keep only that capability and document why; prefer `cap_drop: [ALL]` plus the minimum `cap_add`.',
  verify:
    'Run `docker inspect -f "{{.HostConfig.CapAdd}}" <container>` and check the capability is gone; exercise the feature that needed it.',
  references: [
    'CIS Docker Benchmark 5.3',
    'CWE-250',
    'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      const field = svc.capAdd;
      if (!field) continue;
      for (const item of field.value) {
        const cap = item.value.trim().toUpperCase().replace(/^CAP_/, '');
        const what = DANGEROUS[cap];
        if (!what) continue;
        ctx.report({
          at: item.range,
          severity: cap === 'ALL' || cap === 'SYS_ADMIN' || cap === 'SYS_MODULE' ? 'critical' : 'high',
          message: `service "${svc.name}" adds ${cap} (${what})`,
          path: servicePath(svc.name, 'cap_add', cap),
          fix: (e) => removeListItem(e, doc.source, field.path, item.index),
        });
      }
    }
  },
});
