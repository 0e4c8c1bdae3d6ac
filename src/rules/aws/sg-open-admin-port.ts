import { ADMIN_PORTS } from '../shared/lib/ports.js';
import { ingressRule } from './lib/ingress-rule.js';
import { includesPort } from './lib/network.js';

export default ingressRule(
  {
    id: 'aws/sg-open-admin-port',
    severity: 'high',
    title: 'Security group opens remote administration to the internet',
    why: 'SSH, RDP and WinRM open to 0.0.0.0/0 are hammered by password-guessing bots within minutes of a machine coming up, and every new vulnerability in those services becomes an internet-wide attack on your hosts.',
    fix: 'Restrict the rule to your VPN or office ranges, or remove it and use SSM Session Manager / EC2 Instance Connect Endpoint instead.',
    verify:
      'Run `aws ec2 describe-security-groups --group-ids <id>` and check no rule allows 22/3389 from 0.0.0.0/0 or ::/0.',
    references: [
      'CIS AWS Foundations Benchmark v3.0.0 5.2',
      'CIS AWS Foundations Benchmark v3.0.0 5.3',
      'CWE-284',
    ],
  },
  (r) => {
    if (r.allTraffic) return null; // reported by aws/sg-open-all-ports
    const hits = ADMIN_PORTS.filter(([p]) => includesPort(r, p)).map(([, n]) => n);
    return hits.length ? [...new Set(hits)].join('/') : null;
  },
);
