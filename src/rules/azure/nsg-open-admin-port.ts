import { ADMIN_PORTS, exposedServices } from '../shared/lib/ports.js';
import { nsgRule } from './lib/nsg.js';

export default nsgRule(
  {
    id: 'azure/nsg-open-admin-port',
    severity: 'high',
    title: 'Network security group opens remote administration to the internet',
    why: 'SSH, RDP and WinRM reachable from any source (`*`, `Internet`, `0.0.0.0/0`) are attacked by password-guessing bots within minutes of a VM getting a public IP, and every new flaw in those services becomes an internet-wide attack on your machines.',
    fix: 'Restrict `source_address_prefix(es)` to your VPN or office ranges, or remove the rule and connect through Azure Bastion or just-in-time VM access.',
    verify:
      'Run `az network nsg rule list -g <rg> --nsg-name <nsg> -o table` and check no inbound Allow rule has source * or Internet for ports 22/3389.',
    references: [
      'CIS Microsoft Azure Foundations Benchmark v2.0.0 6.1',
      'CIS Microsoft Azure Foundations Benchmark v2.0.0 6.2',
      'CWE-284',
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
    ],
  },
  (r) => (r.allPorts ? null : exposedServices(ADMIN_PORTS, r.ports) || null),
);
