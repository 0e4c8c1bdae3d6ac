import { defineRule } from '../../core/rule.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { setMapEntry } from './lib/hcl.js';
import { INSTANCE_TYPES, metaBool, metadataOf } from './lib/metadata.js';

export default defineRule({
  id: 'gcp/compute-serial-port',
  kind: 'terraform',
  severity: 'medium',
  title: 'VM allows interactive serial console access',
  why: 'The interactive serial console accepts connections from any IP address and is not covered by VPC firewall rules; anyone with the right IAM permission (or a stolen key) gets a login prompt on the VM, bypassing network controls. It is off unless `serial-port-enable` is set.',
  fix: 'Set the `serial-port-enable` metadata key to "false" (or remove it); turn it on only temporarily for debugging.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(metadata.items)"` and check serial-port-enable is absent or false.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.5',
    'CWE-284',
    'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, INSTANCE_TYPES)) {
      const meta = metadataOf(res.values);
      if (!meta || metaBool(meta['serial-port-enable']) !== true) continue;
      reportResource(doc, ctx, {
        res,
        obj: meta,
        key: 'serial-port-enable',
        path: 'metadata/serial-port-enable',
        message: `${res.address} enables the interactive serial console`,
        fix: () => {
          const target = doc.locate(res.values);
          return target ? setMapEntry(target, 'metadata', 'serial-port-enable', '"false"') : null;
        },
      });
    }
  },
});
