import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { INSTANCE_TYPES } from './lib/metadata.js';

export default defineRule({
  id: 'gcp/compute-public-ip',
  kind: 'terraform',
  severity: 'low',
  title: 'VM has a public IP address',
  why: 'An `access_config` block gives the VM an external IP address, so every port the firewall lets through is reachable from the internet and the VM can be found by scanners. VMs that only need outbound access can use Cloud NAT; admins can connect through IAP.',
  fix: 'Remove the `access_config` block from `network_interface` and use Cloud NAT for outbound traffic and IAP TCP forwarding or a load balancer for inbound.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(networkInterfaces[].accessConfigs)"` and check it is empty.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.9',
    'CWE-668',
    'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address',
  ],
  check(doc, ctx) {
    for (const res of resourcesOf(doc, INSTANCE_TYPES)) {
      for (const nic of blocksOf(res.values, 'network_interface') ?? []) {
        const access = blocksOf(nic, 'access_config');
        if (!access || access.length === 0) continue;
        reportResource(doc, ctx, {
          res,
          obj: nic,
          key: 'access_config',
          path: 'network_interface/access_config',
          message: `${res.address} has an external IP address`,
        });
      }
    }
  },
});
