import { defineRule } from '../../core/rule.js';
import { tokenizeShell } from '../../sources/parsers/dockerfile/shell-script.js';
import { removeWords } from './lib/shell-edit.js';
import { instructionPath } from './lib/stages.js';

export default defineRule({
  id: 'docker/ssh-port-exposed',
  kind: 'dockerfile',
  severity: 'medium',
  title: 'SSH port 22 exposed',
  why: "Exposing port 22 means the image is built to run an SSH server inside the container. That is one more network service with passwords or keys to manage and patch, and a way into the container that bypasses the orchestrator's access controls and audit logs. Use `docker exec` / `kubectl exec` for debugging instead.",
  fix: 'Remove `22` from EXPOSE (and the SSH server from the image); reach running containers with `docker exec` or `kubectl exec`.',
  verify:
    'Re-scan the Dockerfile; `docker image inspect --format "{{.Config.ExposedPorts}}" <image>` no longer lists 22/tcp.',
  references: [
    'CIS Docker Benchmark 5.6',
    'CWE-1188',
    'https://docs.docker.com/reference/dockerfile/#expose',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const stage of doc.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'EXPOSE') continue;
        const script = tokenizeShell(doc.text, ins.argsRange.start.offset, ins.argsRange.end.offset, {
          escape: doc.escapeChar ?? '\\',
        });
        const ports = script.commands.flatMap((c) => c.words);
        for (const port of ports) {
          if (!/^22(?:\/tcp)?$/i.test(port.value)) continue;
          ctx.report({
            at: doc.lines.range(port.start, port.end),
            message: `EXPOSE ${port.value} publishes the SSH port`,
            path: `${instructionPath(stage, ins)}/22`,
            fix: (e) => (ports.length === 1 ? e.removeLines(ins.range) : removeWords(e, port)),
          });
        }
      }
    }
  },
});
