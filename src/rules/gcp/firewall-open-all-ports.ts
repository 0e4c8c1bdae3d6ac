import { firewallRule } from './lib/firewall.js';

export default firewallRule(
  {
    id: 'gcp/firewall-open-all-ports',
    severity: 'critical',
    title: 'Firewall allows all ports from the internet',
    why: 'A rule allowing protocol "all" (or TCP/UDP without a port list) from 0.0.0.0/0 exposes every service on the targeted VMs, including admin interfaces, databases and debug ports nobody meant to publish.',
    fix: 'Replace the rule with rules for the specific ports that must be public (usually 443) and restrict the source of everything else.',
    verify:
      'Run `gcloud compute firewall-rules list --filter="sourceRanges:0.0.0.0/0 AND direction=INGRESS"` and check no rule allows all protocols or all ports.',
    references: [
      'CIS Google Cloud Platform Foundation Benchmark v2.0.0 3.6',
      'CIS Google Cloud Platform Foundation Benchmark v2.0.0 3.7',
      'CWE-284',
    ],
  },
  (f) => (f.allPorts ? 'all traffic' : null),
);
