import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { isTrue } from './lib/values.js';

const VMS = [
  'azurerm_linux_virtual_machine',
  'azurerm_windows_virtual_machine',
  'azurerm_linux_virtual_machine_scale_set',
  'azurerm_windows_virtual_machine_scale_set',
];

export default defineRule({
  id: 'azure/vm-encryption-at-host',
  kind: 'terraform',
  severity: 'low',
  title: 'VM disks use only default platform encryption',
  why: 'Azure encrypts managed disks at rest with platform keys by default, but temporary disks and disk caches on the host are not covered, and platform keys cannot be revoked by you. Encryption at host covers temp disks and caches end to end; a disk encryption set adds customer-managed keys you control and can revoke.',
  fix: 'Set `encryption_at_host_enabled = true` (register the `EncryptionAtHost` feature on the subscription first: `az feature register --namespace Microsoft.Compute --name EncryptionAtHost`), and/or set `os_disk { disk_encryption_set_id = azurerm_disk_encryption_set.<name>.id }`.',
  verify:
    'Run `az vm show -g <rg> -n <vm> --query "[securityProfile.encryptionAtHost, storageProfile.osDisk.managedDisk.diskEncryptionSet.id]"` and check one is set.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 7.3',
    'CWE-311',
    'https://learn.microsoft.com/azure/virtual-machines/disk-encryption',
  ],
  check(doc, ctx) {
    for (const res of resourcesOf(doc, VMS)) {
      const host = res.values['encryption_at_host_enabled'];
      if (isTrue(host) || isUnknown(host)) continue;
      const disks = blocksOf(res.values, 'os_disk');
      if (disks === null) continue;
      const cmk = disks.some((d) => {
        const id = d['disk_encryption_set_id'] ?? d['secure_vm_disk_encryption_set_id'];
        return id !== undefined && id !== null;
      });
      if (cmk) continue;
      reportResource(doc, ctx, {
        res,
        key: 'encryption_at_host_enabled',
        message: `${res.address} uses neither encryption at host nor a disk encryption set`,
      });
    }
  },
});
