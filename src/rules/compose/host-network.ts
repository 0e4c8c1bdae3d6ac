import { defineRule } from '../../core/rule.js';
import { servicePath } from './lib/edits.js';

export default defineRule({
  id: 'compose/host-network',
  kind: 'compose',
  severity: 'high',
  title: "Service shares the host's network stack",
  why: 'With `network_mode: host` the container sees every network interface of the host, can bind any host port and reach services that only listen on localhost (admin APIs, databases, cloud metadata helpers). Published-port rules and network isolation no longer apply.',
  fix: 'Remove `network_mode: host`, put the service on a Compose network and publish only the ports it needs under `ports:` (bound to 127.0.0.1 when only local access is needed).',
  verify: 'Run `docker inspect -f "{{.HostConfig.NetworkMode}}" <container>` and check it is not `host`.',
  references: [
    'CIS Docker Benchmark 5.9',
    'CWE-653',
    'https://docs.docker.com/reference/compose-file/services/#network_mode',
  ],
  check(doc, ctx) {
    for (const svc of doc.services) {
      const mode = svc.networkMode;
      if (mode?.value.trim().toLowerCase() !== 'host') continue;
      ctx.report({
        at: mode.range,
        message: `service "${svc.name}" uses the host network (network_mode: host)`,
        path: servicePath(svc.name, 'network_mode'),
      });
    }
  },
});
