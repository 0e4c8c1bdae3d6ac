import { defineRule } from '../../core/rule.js';
import { normaliseHostPath } from '../../sources/parsers/compose/compose-syntax.js';
import { servicePath } from './lib/edits.js';

/** Host paths that hand out control of the container engine. */
const ENGINE_SOCKETS =
  /^(?:\/var)?\/run\/(?:docker|containerd\/containerd|podman\/podman|crio\/crio|user\/\d+\/(?:docker|podman\/podman))\.sock$/;
const ENGINE_DIRS = new Set([
  '/var/run',
  '/run',
  '/run/containerd',
  '/var/run/containerd',
  '/run/podman',
  '/var/run/podman',
]);

function isEngineSocket(source: string): boolean {
  if (/^(?:\\\\\.\\pipe\\|\/\/\.\/pipe\/)docker_engine$/i.test(source)) return true;
  const p = normaliseHostPath(source);
  return ENGINE_SOCKETS.test(p) || ENGINE_DIRS.has(p);
}

export default defineRule({
  id: 'compose/docker-socket',
  kind: 'compose',
  severity: 'critical',
  title: 'Container engine socket mounted into a service',
  why: 'Whoever can talk to the Docker (or containerd/Podman) socket can start a privileged container that mounts the host disk, so mounting the socket gives the service — and anyone who breaks into it — full root on the host. Mounting it read-only does not help: the API still works.',
  fix: 'Remove the socket volume. If the service really needs the API (CI runners, reverse proxies), put a filtering proxy such as docker-socket-proxy in front of it with only the endpoints it needs, or use rootless Docker.',
  verify:
    'Run `docker inspect -f "{{json .Mounts}}" <container>` and check no mount has a source ending in `.sock` or the `docker_engine` pipe.',
  references: [
    'CIS Docker Benchmark 5.31',
    'CWE-269',
    'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
  ],
  check(doc, ctx) {
    for (const svc of doc.services) {
      for (const vol of svc.volumes) {
        if (!vol.source || (vol.type !== 'bind' && vol.type !== 'npipe')) continue;
        if (!isEngineSocket(vol.source)) continue;
        ctx.report({
          at: vol.range,
          message: `service "${svc.name}" mounts the container engine socket ${vol.source}`,
          path: servicePath(svc.name, 'volumes', vol.source),
          evidence: vol.raw ?? `${vol.source} -> ${vol.target ?? ''}`,
        });
      }
    }
  },
});
