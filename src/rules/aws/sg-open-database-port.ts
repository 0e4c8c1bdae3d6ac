import { DATABASE_PORTS } from '../shared/lib/ports.js';
import { ingressRule } from './lib/ingress-rule.js';
import { includesPort } from './lib/network.js';

export default ingressRule(
  {
    id: 'aws/sg-open-database-port',
    severity: 'high',
    title: 'Security group opens a database port to the internet',
    why: 'Databases and caches exposed to 0.0.0.0/0 are found by internet-wide scans within hours; many run without authentication by default (Redis, Memcached, Elasticsearch) and the rest face password guessing and engine exploits.',
    fix: 'Allow the port only from the application security group (`source_security_group_id` / `referenced_security_group_id`) or private CIDRs.',
    verify:
      'Run `aws ec2 describe-security-groups --group-ids <id>` and check the database port is not open to 0.0.0.0/0 or ::/0.',
    references: ['CIS AWS Foundations Benchmark v3.0.0 5.2', 'CWE-284', 'CWE-668'],
  },
  (r) => {
    if (r.allTraffic) return null;
    const hits = DATABASE_PORTS.filter(([p]) => includesPort(r, p)).map(([, n]) => n);
    return hits.length ? hits.join('/') : null;
  },
);
