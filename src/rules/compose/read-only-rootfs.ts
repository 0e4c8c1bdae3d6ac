import type { TextEdit } from '../../core/edit.js';
import { defineRule } from '../../core/rule.js';
import { appendToSeq, setKey } from '../../fixers/yaml-edit.js';
import { isTruthy } from '../../sources/parsers/compose/compose-document.js';
import { servicePath } from './lib/edits.js';

export default defineRule({
  id: 'compose/read-only-rootfs',
  kind: 'compose',
  severity: 'low',
  title: "Service's root filesystem is writable",
  why: "With a writable root filesystem an attacker who gets code execution can drop tools, change the application's own files or plant a backdoor that survives restarts of the process. A read-only root, with a few explicit writable mounts, makes the container's contents what the image says they are.",
  fix: 'Set `read_only: true` on the service and give it writable space only where it needs it: `tmpfs:` for scratch paths like /tmp, volumes for data.',
  verify:
    'Run `docker compose exec <service> touch /probe` and check it fails with "Read-only file system", then exercise the service to be sure it still works.',
  references: [
    'CIS Docker Benchmark 5.12',
    'CWE-732',
    'https://docs.docker.com/reference/compose-file/services/#read_only',
  ],
  fixable: 'suggestion',
  options: {
    tmpfs: {
      description:
        'Comma-separated paths the service must still write to, mounted as tmpfs (`none` for no tmpfs).',
    },
  },
  check(doc, ctx) {
    for (const svc of doc.services) {
      const ro = svc.readOnly;
      if (ro && isTruthy(ro.value)) continue;
      const tmpfs = svc.fields.get('tmpfs');
      ctx.report({
        at: ro?.range ?? svc.nameRange,
        message: ro
          ? `service "${svc.name}" sets read_only: ${String(ro.value)}`
          : `service "${svc.name}" has a writable root filesystem (no read_only: true)`,
        path: servicePath(svc.name, 'read_only'),
        suggest: {
          question: `Which paths does "${svc.name}" need to write to (mounted as tmpfs)?`,
          option: 'tmpfs',
          placeholder: '/tmp',
          edits: (e, value) => {
            const first = ro
              ? setKey(e, doc.source, ro.path.slice(0, -1), 'read_only', true)
              : setKey(e, doc.source, svc.path, 'read_only', true);
            if (!first) return null;
            const edits: TextEdit[] = [first];
            const existing = Array.isArray(tmpfs?.value)
              ? (tmpfs.value as unknown[]).map(String)
              : typeof tmpfs?.value === 'string'
                ? [tmpfs.value]
                : [];
            const paths = value
              .split(',')
              .map((p) => p.trim())
              .filter((p) => p !== '' && p.toLowerCase() !== 'none');
            const missing = paths.filter((p) => !existing.some((x) => x.split(':')[0] === p));
            if (missing.length === 0) return edits;
            if (typeof tmpfs?.value === 'string' || (tmpfs && !Array.isArray(tmpfs.value))) return null;
            if (!tmpfs) {
              const add = setKey(e, doc.source, svc.path, 'tmpfs', missing);
              return add ? [...edits, add] : null;
            }
            for (const p of missing) {
              const add = appendToSeq(e, doc.source, tmpfs.path, p);
              if (!add) return null;
              edits.push(add);
            }
            return edits;
          },
        },
      });
    }
  },
});
