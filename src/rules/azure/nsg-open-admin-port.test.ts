import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './nsg-open-admin-port.js';

const nsg = (
  port: string,
  source: string,
  direction = 'Inbound',
) => `resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "${direction}"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "${port}"
    source_address_prefix      = "${source}"
    destination_address_prefix = "*"
  }
}
`;

const separate = (prefixes: string) => `resource "azurerm_network_security_rule" "rdp" {
  name                        = "rdp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "3380-3390"]
  source_address_prefixes     = [${prefixes}]
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.web.name
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'vpn range', code: nsg('22', '10.8.0.0/16') },
      { name: 'https from the internet', code: nsg('443', 'Internet') },
      { name: 'outbound', code: nsg('22', '*', 'Outbound') },
      { name: 'all ports (other rule)', code: nsg('*', '*') },
      { name: 'separate rule, private ranges', code: separate('"10.0.0.0/8"') },
    ],
    invalid: [
      {
        name: 'inline rule from *, suggestion applied',
        code: nsg('22', '*'),
        options: { cidr: '203.0.113.0/24' },
        errors: [{ line: 14, message: /rule "ssh" allows SSH \(port 22\) from \*/ }],
        output: nsg('22', '203.0.113.0/24'),
      },
      {
        name: 'Internet service tag',
        code: nsg('20-25', 'Internet'),
        errors: [{ line: 14, message: /SSH\/Telnet/ }],
      },
      {
        name: 'separate rule resource with a list of sources',
        code: separate('"10.0.0.0/8", "0.0.0.0/0"'),
        options: { cidr: '198.51.100.7/32' },
        errors: [{ line: 9, message: /RDP \(ports 443, 3380-3390\) from 0\.0\.0\.0\/0/ }],
        output: separate('"10.0.0.0/8", "198.51.100.7/32"'),
      },
    ],
  },
  { path: 'main.tf' },
);
