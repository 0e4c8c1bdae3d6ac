import { defineRule } from '../../core/rule.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { setMapEntry } from './lib/hcl.js';
import { INSTANCE_TYPES, metaBool, metadataOf } from './lib/metadata.js';

const KEY = 'block-project-ssh-keys';

export default defineRule({
  id: 'gcp/compute-block-project-ssh-keys',
  kind: 'terraform',
  severity: 'low',
  title: 'VM accepts project-wide SSH keys',
  why: 'Project-wide SSH keys in project metadata work on every VM of the project; one leaked or forgotten key opens them all. Blocking them limits a VM to its own keys. VMs with OS Login enabled in their own metadata are not reported (OS Login ignores metadata keys).',
  fix: 'Set the `block-project-ssh-keys` metadata key to "true" on the instance (or template), or enable OS Login.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(metadata.items)"` and check block-project-ssh-keys is true.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.3',
    'CWE-287',
    'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, INSTANCE_TYPES)) {
      const meta = metadataOf(res.values);
      if (!meta || metaBool(meta['enable-oslogin']) === true) continue;
      const v = meta[KEY];
      if (metaBool(v) === true || (v !== undefined && metaBool(v) === undefined)) continue;
      reportResource(doc, ctx, {
        res,
        ...(res.values['metadata'] === undefined ? { key: 'metadata' } : { obj: meta, key: KEY }),
        path: `metadata/${KEY}`,
        message: `${res.address} accepts project-wide SSH keys`,
        fix: () => {
          const target = doc.locate(res.values);
          return target ? setMapEntry(target, 'metadata', KEY, '"true"') : null;
        },
      });
    }
  },
});
