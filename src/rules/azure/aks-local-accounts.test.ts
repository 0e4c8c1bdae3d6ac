import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aks-local-accounts.js';

const aks = (extra: string) =>
  `resource "azurerm_kubernetes_cluster" "aks" {\n  name       = "aks-prod"\n  dns_prefix = "prod"\n${extra}}\n`;
const aad = '\n  azure_active_directory_role_based_access_control {\n    azure_rbac_enabled = true\n  }\n';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: aks(`  local_account_disabled = true\n${aad}`) }],
    invalid: [
      {
        name: 'with Entra ID integration: fixed',
        code: aks(aad),
        errors: [{ line: 1, message: /default false/ }],
        output: aks(`  local_account_disabled = true\n${aad}`),
      },
      {
        name: 'without Entra ID: no automatic fix',
        code: aks('  local_account_disabled = false\n'),
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
