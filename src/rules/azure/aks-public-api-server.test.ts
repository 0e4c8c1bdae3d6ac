import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aks-public-api-server.js';

const aks = (extra: string) =>
  `resource "azurerm_kubernetes_cluster" "aks" {\n  name       = "aks-prod"\n  dns_prefix = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'private', code: aks('  private_cluster_enabled = true\n') },
      {
        name: 'authorized ranges',
        code: aks('\n  api_server_access_profile {\n    authorized_ip_ranges = ["203.0.113.0/24"]\n  }\n'),
      },
      { name: 'legacy ranges', code: aks('  api_server_authorized_ip_ranges = ["198.51.100.0/24"]\n') },
    ],
    invalid: [
      {
        name: 'public, no ranges: suggestion inserts the block',
        code: aks(''),
        options: { cidr: '203.0.113.0/24' },
        errors: [{ line: 1, message: /open to the internet/ }],
        output: aks('  api_server_access_profile {\n    authorized_ip_ranges = ["203.0.113.0/24"]\n  }\n'),
      },
      {
        name: 'explicitly public, empty profile',
        code: aks(
          '  private_cluster_enabled = false\n\n  api_server_access_profile {\n    subnet_id = null\n  }\n',
        ),
        options: { cidr: '10.0.0.0/8' },
        errors: [{ line: 4 }],
        output: aks(
          '  private_cluster_enabled = false\n\n  api_server_access_profile {\n    subnet_id = null\n    authorized_ip_ranges = ["10.0.0.0/8"]\n  }\n',
        ),
      },
      {
        name: 'world range',
        code: aks('  api_server_authorized_ip_ranges = ["0.0.0.0/0"]\n'),
        errors: [{ line: 1 }],
      },
    ],
  },
  { path: 'main.tf' },
);
