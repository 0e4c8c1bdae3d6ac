import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './nsg-open-database-port.js';

const rule1 = (port: string, source: string) => `resource "azurerm_network_security_rule" "db" {
  name                        = "db"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "${port}"
  source_address_prefix       = "${source}"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "db-nsg"
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: rule1('5432', 'VirtualNetwork') },
      { code: rule1('443', '*') },
      { name: 'deny rule', code: rule1('5432', '*').replace('"Allow"', '"Deny"') },
    ],
    invalid: [
      {
        code: rule1('5432', '*'),
        options: { cidr: '10.1.0.0/16' },
        errors: [{ line: 9, message: /PostgreSQL/ }],
        output: rule1('5432', '10.1.0.0/16'),
      },
      { name: 'redis from Any', code: rule1('6379', 'Any'), errors: [{ line: 9, message: /Redis/ }] },
    ],
  },
  { path: 'main.tf' },
);
