import { defineRule } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import { setKey } from '../../fixers/yaml-edit.js';
import { normaliseHostPath, splitOutside } from '../../sources/parsers/compose/compose-syntax.js';
import { scalarContent, servicePath } from './lib/edits.js';

/** Host directories whose contents let a container read secrets or take over the host. */
const SECRETS = new Set([
  '/',
  '/etc',
  '/root',
  '/home',
  '/var/lib/docker',
  '/var/lib/kubelet',
  '/etc/kubernetes',
]);
const SYSTEM = new Set([
  '/boot',
  '/dev',
  '/lib',
  '/lib/modules',
  '/proc',
  '/sys',
  '/usr',
  '/var',
  '/bin',
  '/sbin',
]);

export default defineRule({
  id: 'compose/sensitive-host-mount',
  kind: 'compose',
  severity: 'high',
  title: 'Sensitive host directory mounted into a service',
  why: 'Mounting the host root, /etc, /root, /proc, /sys or similar directories lets the service read host secrets (password hashes, SSH keys, kubelet credentials) and, when writable, change the host itself: add a user, a cron job or a kernel module. One bug in the service becomes a host compromise.',
  fix: 'Mount only the specific file or subdirectory the service needs. If a whole system directory is unavoidable (monitoring agents), mount it read-only: the fix appends `:ro` (or sets `read_only: true` in the long syntax).',
  verify:
    'Run `docker inspect -f "{{json .Mounts}}" <container>` and check that no system directory is mounted, or that each has `"RW": false`.',
  references: [
    'CIS Docker Benchmark 5.5',
    'CWE-668',
    'https://docs.docker.com/reference/compose-file/services/#volumes',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const svc of doc.services) {
      for (const vol of svc.volumes) {
        if (vol.type !== 'bind' || !vol.source || vol.variable) continue;
        const p = normaliseHostPath(vol.source);
        const secrets = SECRETS.has(p);
        if (!secrets && !SYSTEM.has(p)) continue;
        let severity: Severity = 'high';
        if (vol.readOnly) severity = secrets ? 'medium' : 'low';
        ctx.report({
          at: vol.range,
          severity,
          message: `service "${svc.name}" mounts the host directory ${p}${vol.readOnly ? ' (read-only)' : ' read-write'}`,
          path: servicePath(svc.name, 'volumes', p),
          evidence: vol.raw ?? `${vol.source} -> ${vol.target ?? ''}`,
          ...(vol.readOnly
            ? {}
            : {
                fix: (e) => {
                  if (vol.style === 'long') return setKey(e, doc.source, vol.path, 'read_only', true);
                  const span = scalarContent(doc.source, vol.path);
                  if (!span || !vol.raw) return null;
                  const parts = splitOutside(vol.raw, ':');
                  if (parts.length < 3) return e.insertAt(span[1], ':ro');
                  const mode = parts[parts.length - 1] ?? '';
                  const opts = mode.split(',');
                  const rw = opts.indexOf('rw');
                  if (rw >= 0) opts[rw] = 'ro';
                  else opts.push('ro');
                  return e.replace([span[1] - mode.length, span[1]], opts.join(','));
                },
              }),
        });
      }
    }
  },
});
