import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aks-network-policy.js';

const aks = (extra: string) =>
  `resource "azurerm_kubernetes_cluster" "aks" {\n  name       = "aks-prod"\n  dns_prefix = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: aks('\n  network_profile {\n    network_plugin = "azure"\n    network_policy = "azure"\n  }\n'),
      },
    ],
    invalid: [
      { name: 'no network profile', code: aks(''), errors: [{ line: 1 }] },
      {
        name: 'profile without policy',
        code: aks('\n  network_profile {\n    network_plugin = "kubenet"\n  }\n'),
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
