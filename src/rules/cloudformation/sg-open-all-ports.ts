import { ingressRule } from './lib/ingress.js';

export default ingressRule(
  {
    id: 'cfn/sg-open-all-ports',
    severity: 'critical',
    title: 'Security group allows all traffic from the internet',
    why: 'A rule allowing every port (IpProtocol -1, or 0-65535) from 0.0.0.0/0 exposes every service on the instances, including ones that were never meant to be reachable: admin ports, databases, debug endpoints.',
    fix: 'Replace the rule with rules for the specific ports the service needs (usually 443), from the narrowest source range possible.',
    verify:
      'Run `aws ec2 describe-security-groups --group-ids <id>` and check no rule has IpProtocol -1 from 0.0.0.0/0 or ::/0.',
    references: [
      'CIS AWS Foundations Benchmark v3.0.0 5.2',
      'CIS AWS Foundations Benchmark v3.0.0 5.3',
      'CWE-284',
    ],
  },
  (r) => (r.allTraffic ? 'all traffic' : null),
);
