import { ingressRule } from './lib/ingress-rule.js';

export default ingressRule(
  {
    id: 'aws/sg-open-all-ports',
    severity: 'critical',
    title: 'Security group allows all traffic from the internet',
    why: 'A rule allowing every port (or protocol -1) from 0.0.0.0/0 exposes every service on the instances, including ones never meant to be public such as admin interfaces, databases and debug ports.',
    fix: 'Replace the rule with one rule per service port that must be public (usually only 443), and restrict the source for everything else.',
    verify:
      'Run `aws ec2 describe-security-groups --group-ids <id>` and check no rule has IpProtocol -1 or ports 0-65535 from 0.0.0.0/0 or ::/0.',
    references: [
      'CIS AWS Foundations Benchmark v3.0.0 5.2',
      'CIS AWS Foundations Benchmark v3.0.0 5.3',
      'CWE-284',
    ],
  },
  (r) => (r.allTraffic ? 'all traffic' : null),
);
