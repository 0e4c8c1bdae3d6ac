import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aks-rbac-disabled.js';

const aks = (extra: string) =>
  `resource "azurerm_kubernetes_cluster" "aks" {\n  name       = "aks-prod"\n  dns_prefix = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default', code: aks('') },
      { code: aks('  role_based_access_control_enabled = true\n') },
    ],
    invalid: [
      { code: aks('  role_based_access_control_enabled = false\n'), errors: [{ line: 4 }] },
      {
        name: 'v2 block',
        code: aks('  role_based_access_control {\n    enabled = false\n  }\n'),
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
