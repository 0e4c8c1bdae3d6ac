import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isTrue } from '../azure/lib/values.js';
import { INSTANCE_TYPES } from './lib/metadata.js';

export default attributeRule({
  id: 'gcp/compute-ip-forwarding',
  severity: 'low',
  title: 'VM can forward IP packets',
  why: 'With `can_ip_forward`, the VM may send and receive packets with any source or destination address, so a compromised VM can act as a router, spoof other hosts or bypass firewall rules that filter by source. Only NAT, VPN or appliance VMs need it.',
  fix: 'Set `can_ip_forward = false` (or remove it) unless the VM is a router, NAT or network appliance.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(canIpForward)"` and check it prints False.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.6',
    'CWE-923',
    'https://cloud.google.com/vpc/docs/using-routes#canipforward',
  ],
  types: INSTANCE_TYPES,
  attr: 'can_ip_forward',
  ok: (v) => !isTrue(v),
  message: (res) => `${res.address} enables IP forwarding`,
  fixValue: 'false',
});
