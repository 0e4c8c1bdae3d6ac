import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './cosmosdb-public-network.js';

const cosmos = (extra: string) =>
  `resource "azurerm_cosmosdb_account" "db" {\n  name       = "cosmos-prod"\n  offer_type = "Standard"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: cosmos('  public_network_access_enabled = false\n') },
      { name: 'ip filter (v4 list)', code: cosmos('  ip_range_filter = ["203.0.113.0/24"]\n') },
      { name: 'ip filter (v3 string)', code: cosmos('  ip_range_filter = "203.0.113.10"\n') },
      { name: 'vnet filter', code: cosmos('  is_virtual_network_filter_enabled = true\n') },
    ],
    invalid: [
      { name: 'defaults', code: cosmos(''), errors: [{ line: 1 }] },
      {
        name: 'explicitly public',
        code: cosmos('  public_network_access_enabled = true\n'),
        errors: [{ line: 4 }],
      },
    ],
  },
  { path: 'main.tf' },
);
