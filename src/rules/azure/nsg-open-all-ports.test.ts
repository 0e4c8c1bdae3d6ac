import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './nsg-open-all-ports.js';

const nsg = (port: string, source: string) => `resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  resource_group_name = "rg"
  location            = "westeurope"

  security_rule {
    name                       = "any"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "${port}"
    source_address_prefix      = "${source}"
    destination_address_prefix = "*"
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: nsg('*', '10.0.0.0/8') }, { code: nsg('443', '*') }],
    invalid: [
      {
        code: nsg('*', 'Internet'),
        options: { cidr: '10.0.0.0/8' },
        errors: [{ line: 14, message: /all traffic \(all ports\) from Internet/ }],
        output: nsg('*', '10.0.0.0/8'),
      },
      { name: 'explicit full range', code: nsg('0-65535', '0.0.0.0/0'), errors: [{ line: 14 }] },
    ],
  },
  { path: 'main.tf' },
);
