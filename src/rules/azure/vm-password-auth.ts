import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { isFalse, isUnset } from './lib/values.js';

const LINUX = ['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set'];

export default defineRule({
  id: 'azure/vm-password-auth',
  kind: 'terraform',
  severity: 'medium',
  title: 'Linux VM allows SSH password logins',
  why: 'With password authentication on, SSH accepts passwords, which bots guess around the clock on any reachable VM; a single weak or reused password gives a shell. SSH keys cannot be guessed. `azurerm_linux_virtual_machine` disables passwords by default, so only an explicit false is reported.',
  fix: 'Add an `admin_ssh_key` block, remove `admin_password`, and set `disable_password_authentication = true` (legacy `azurerm_virtual_machine`: in `os_profile_linux_config`). The automatic fix is offered only when an SSH key is configured and no admin password is set.',
  verify:
    'Run `az vm show -g <rg> -n <vm> --query osProfile.linuxConfiguration.disablePasswordAuthentication` and check it prints true.',
  references: [
    'CWE-521',
    'CWE-307',
    'https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, LINUX)) {
      if (!isFalse(res.values['disable_password_authentication'])) continue;
      const keys = blocksOf(res.values, 'admin_ssh_key');
      const safe = keys !== null && keys.length > 0 && isUnset(res.values['admin_password']);
      reportResource(doc, ctx, {
        res,
        key: 'disable_password_authentication',
        message: `${res.address} allows SSH password authentication`,
        ...(safe ? { fix: (target) => setAttribute(target, 'disable_password_authentication', 'true') } : {}),
      });
    }
    for (const res of doc.ofType('azurerm_virtual_machine')) {
      for (const linux of blocksOf(res.values, 'os_profile_linux_config') ?? []) {
        if (!isFalse(linux['disable_password_authentication'])) continue;
        reportResource(doc, ctx, {
          res,
          obj: linux,
          key: 'disable_password_authentication',
          path: 'os_profile_linux_config/disable_password_authentication',
          message: `${res.address} allows SSH password authentication`,
        });
      }
    }
  },
});
