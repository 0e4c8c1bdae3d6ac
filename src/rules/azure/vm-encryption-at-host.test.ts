import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './vm-encryption-at-host.js';

const vm = (extra: string, disk = '') =>
  `resource "azurerm_linux_virtual_machine" "vm" {\n  name = "vm-app"\n  size = "Standard_D2s_v5"\n${extra}\n  os_disk {\n    caching              = "ReadWrite"\n    storage_account_type = "Premium_LRS"\n${disk}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: vm('  encryption_at_host_enabled = true\n') },
      {
        name: 'customer-managed key',
        code: vm('', '    disk_encryption_set_id = azurerm_disk_encryption_set.des.id\n'),
      },
    ],
    invalid: [{ code: vm(''), errors: [{ line: 1, severity: 'low' }] }],
  },
  { path: 'main.tf' },
);
