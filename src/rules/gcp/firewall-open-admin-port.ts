import { ADMIN_PORTS, exposedServices } from '../shared/lib/ports.js';
import { firewallRule } from './lib/firewall.js';

export default firewallRule(
  {
    id: 'gcp/firewall-open-admin-port',
    severity: 'high',
    title: 'Firewall opens remote administration to the internet',
    why: 'SSH and RDP open to 0.0.0.0/0 are attacked by password-guessing bots within minutes of a VM getting an external IP, and every new flaw in those services becomes an internet-wide attack on your machines.',
    fix: 'Restrict `source_ranges` to your VPN or office ranges, or to 35.235.240.0/20 and connect through Identity-Aware Proxy TCP forwarding (`gcloud compute ssh --tunnel-through-iap`).',
    verify:
      'Run `gcloud compute firewall-rules list --filter="sourceRanges:0.0.0.0/0 AND direction=INGRESS"` and check no rule allows 22 or 3389.',
    references: [
      'CIS Google Cloud Platform Foundation Benchmark v2.0.0 3.6',
      'CIS Google Cloud Platform Foundation Benchmark v2.0.0 3.7',
      'CWE-284',
      'https://cloud.google.com/iap/docs/using-tcp-forwarding',
    ],
  },
  (f) => (f.allPorts ? null : exposedServices(ADMIN_PORTS, f.ports) || null),
);
