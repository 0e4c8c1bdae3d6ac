import { attributeRule, mustBeTrue } from '../aws/lib/attribute-rule.js';

export default attributeRule({
  id: 'gcp/compute-shielded-vm',
  severity: 'low',
  title: 'VM boots without Secure Boot',
  why: 'Secure Boot makes the VM refuse boot loaders and kernels that are not signed, which stops boot-level rootkits from surviving reboots unnoticed. It is off by default in `shielded_instance_config`; it needs a Shielded-VM-capable image (all current public images are).',
  fix: 'Add `shielded_instance_config { enable_secure_boot = true }` (keep vTPM and integrity monitoring on). The VM must be stopped to change it: set `allow_stopping_for_update = true` or plan a restart.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(shieldedInstanceConfig.enableSecureBoot)"` and check it prints True.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.8',
    'CWE-693',
    'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
  ],
  types: [
    'google_compute_instance',
    'google_compute_instance_template',
    'google_compute_region_instance_template',
  ],
  block: 'shielded_instance_config',
  attr: 'enable_secure_boot',
  ok: mustBeTrue,
  message: (res) => `${res.address} does not enable Secure Boot`,
  fixValue: 'true',
});
