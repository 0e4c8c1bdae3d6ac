import { defineRule } from '../../core/rule.js';
import { removeKey } from '../../fixers/yaml-edit.js';
import type { ComposeField } from '../../sources/parsers/compose/compose-document.js';
import { servicePath } from './lib/edits.js';

const WHAT: Record<string, string> = {
  pid: 'sees and can signal every process on the host',
  ipc: "shares the host's shared memory and semaphores",
  userns_mode: 'opts out of user-namespace remapping, so root in the container is root on the host',
};

export default defineRule({
  id: 'compose/host-namespaces',
  kind: 'compose',
  severity: 'high',
  title: "Service joins the host's PID, IPC or user namespace",
  why: '`pid: host` lets the container see and signal every process on the host (and read their environment, which often holds secrets); `ipc: host` shares host shared memory; `userns_mode: host` undoes user-namespace remapping. Each removes a layer that keeps a compromised container away from the host.',
  fix: 'Delete the `pid: host`, `ipc: host` or `userns_mode: host` line. Use `pid: "service:<name>"` when two services really must share processes.',
  verify:
    'Run `docker inspect -f "{{.HostConfig.PidMode}} {{.HostConfig.IpcMode}} {{.HostConfig.UsernsMode}}" <container>` and check none says `host`.',
  references: [
    'CIS Docker Benchmark 5.15',
    'CIS Docker Benchmark 5.16',
    'CIS Docker Benchmark 5.30',
    'CWE-653',
    'https://docs.docker.com/reference/compose-file/services/#pid',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      const fields: [string, ComposeField<string> | null][] = [
        ['pid', svc.pid],
        ['ipc', svc.ipc],
        ['userns_mode', svc.usernsMode],
      ];
      for (const [key, field] of fields) {
        if (field?.value.trim().toLowerCase() !== 'host') continue;
        ctx.report({
          at: field.range,
          message: `service "${svc.name}" sets ${key}: host and ${WHAT[key]}`,
          path: servicePath(svc.name, key),
          fix: (e) => removeKey(e, doc.source, field.path),
        });
      }
    }
  },
});
