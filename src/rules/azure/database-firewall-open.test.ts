import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './database-firewall-open.js';

const fw = (type: string, start: string, end: string) =>
  `resource "${type}" "fw" {\n  name             = "office"\n  server_id        = azurerm_mssql_server.sql.id\n  start_ip_address = "${start}"\n  end_ip_address   = "${end}"\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'single address', code: fw('azurerm_mssql_firewall_rule', '203.0.113.10', '203.0.113.10') },
      { name: 'office /24', code: fw('azurerm_mssql_firewall_rule', '198.51.100.0', '198.51.100.255') },
      {
        name: 'unknown',
        code: `variable "ip" {}\n${fw('azurerm_mssql_firewall_rule', '${var.ip}', '${var.ip}')}`,
      },
    ],
    invalid: [
      {
        name: 'whole internet',
        code: fw('azurerm_mssql_firewall_rule', '0.0.0.0', '255.255.255.255'),
        errors: [{ line: 5, severity: 'high', message: /whole internet/ }],
      },
      {
        name: 'allow Azure services',
        code: fw('azurerm_postgresql_flexible_server_firewall_rule', '0.0.0.0', '0.0.0.0'),
        errors: [{ line: 5, severity: 'medium', message: /every Azure service/ }],
      },
      {
        name: 'huge range on mysql flexible server',
        code: fw('azurerm_mysql_flexible_server_firewall_rule', '1.0.0.0', '100.0.0.0'),
        errors: [{ line: 5, message: /large part of the internet/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
