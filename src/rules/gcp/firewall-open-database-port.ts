import { DATABASE_PORTS, exposedServices } from '../shared/lib/ports.js';
import { firewallRule } from './lib/firewall.js';

export default firewallRule(
  {
    id: 'gcp/firewall-open-database-port',
    severity: 'high',
    title: 'Firewall opens a database port to the internet',
    why: 'Databases and caches reachable from 0.0.0.0/0 are found by internet-wide scans within hours; several (Redis, Memcached, Elasticsearch) run without authentication by default and the rest face password guessing and engine exploits.',
    fix: 'Allow database ports only from the application subnets or service accounts (`source_service_accounts` / `source_tags`), never from 0.0.0.0/0.',
    verify:
      'Run `gcloud compute firewall-rules list --filter="sourceRanges:0.0.0.0/0 AND direction=INGRESS"` and check no rule opens a database port.',
    references: ['CWE-284', 'CWE-668', 'https://cloud.google.com/firewall/docs/firewalls'],
  },
  (f) => (f.allPorts ? null : exposedServices(DATABASE_PORTS, f.ports) || null),
);
