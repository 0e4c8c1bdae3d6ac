import { nsgRule } from './lib/nsg.js';

export default nsgRule(
  {
    id: 'azure/nsg-open-all-ports',
    severity: 'critical',
    title: 'Network security group allows all ports from the internet',
    why: 'An inbound rule for every port (`*` or 0-65535) from any source exposes every service on the machines behind the NSG, including admin interfaces, databases and debug ports nobody meant to publish.',
    fix: 'Replace the rule with one rule per port that must be public (usually only 443) and restrict the source of everything else to known ranges.',
    verify:
      'Run `az network nsg rule list -g <rg> --nsg-name <nsg> -o table` and check no inbound Allow rule has destination port * from * or Internet.',
    references: [
      'CIS Microsoft Azure Foundations Benchmark v2.0.0 6.1',
      'CIS Microsoft Azure Foundations Benchmark v2.0.0 6.2',
      'CWE-284',
    ],
  },
  (r) => (r.allPorts ? 'all traffic' : null),
);
