import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './vm-password-auth.js';

const vm = (extra: string) =>
  `resource "azurerm_linux_virtual_machine" "vm" {\n  name                            = "vm-app"\n  admin_username                  = "azureuser"\n${extra}}\n`;
const key = '\n  admin_ssh_key {\n    username   = "azureuser"\n    public_key = file("id.pub")\n  }\n';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default', code: vm(key) },
      { code: vm(`  disable_password_authentication = true\n${key}`) },
    ],
    invalid: [
      {
        name: 'with an ssh key: fixed',
        code: vm(`  disable_password_authentication = false\n${key}`),
        errors: [{ line: 4 }],
        output: vm(`  disable_password_authentication = true\n${key}`),
      },
      {
        name: 'with a password: not fixed automatically',
        code: vm('  disable_password_authentication = false\n  admin_password                  = var.pw\n'),
        errors: [{ line: 4 }],
      },
      {
        name: 'legacy azurerm_virtual_machine',
        code: 'resource "azurerm_virtual_machine" "old" {\n  name = "old"\n  os_profile_linux_config {\n    disable_password_authentication = false\n  }\n}\n',
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
