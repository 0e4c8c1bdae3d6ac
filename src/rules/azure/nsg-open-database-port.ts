import { DATABASE_PORTS, exposedServices } from '../shared/lib/ports.js';
import { nsgRule } from './lib/nsg.js';

export default nsgRule(
  {
    id: 'azure/nsg-open-database-port',
    severity: 'high',
    title: 'Network security group opens a database port to the internet',
    why: 'Databases and caches reachable from any source are found by internet-wide scans within hours; several (Redis, Memcached, Elasticsearch) run without authentication by default and the rest face password guessing and engine exploits.',
    fix: 'Allow the database port only from the application subnet or an application security group (`source_application_security_group_ids`), never from `*` or `Internet`.',
    verify:
      'Run `az network nsg rule list -g <rg> --nsg-name <nsg> -o table` and check no inbound Allow rule opens a database port to * or Internet.',
    references: [
      'CWE-284',
      'CWE-668',
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
    ],
  },
  (r) => (r.allPorts ? null : exposedServices(DATABASE_PORTS, r.ports) || null),
);
