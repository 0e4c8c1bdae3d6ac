import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { isFalse } from './lib/values.js';

const SINGLE_SERVERS = ['azurerm_postgresql_server', 'azurerm_mysql_server', 'azurerm_mariadb_server'];
const CONFIGURATIONS = [
  'azurerm_postgresql_flexible_server_configuration',
  'azurerm_mysql_flexible_server_configuration',
  'azurerm_postgresql_configuration',
  'azurerm_mysql_configuration',
  'azurerm_mariadb_configuration',
];
const OFF = new Set(['off', '0', 'false']);

export default defineRule({
  id: 'azure/database-ssl-enforcement',
  kind: 'terraform',
  severity: 'high',
  title: 'PostgreSQL/MySQL server accepts unencrypted connections',
  why: 'When SSL is not enforced, clients may connect in clear text and passwords and query results cross the network unencrypted, readable and changeable by anyone on the path. Flexible servers enforce it by default (`require_secure_transport = ON`), so a configuration resource turning it off is reported; single servers are reported when `ssl_enforcement_enabled = false`.',
  fix: 'Set `ssl_enforcement_enabled = true` on single servers, or remove the `require_secure_transport` configuration (or set its value to "on") on flexible servers, after making sure clients connect with TLS.',
  verify:
    'Run `az postgres flexible-server parameter show -g <rg> -s <server> -n require_secure_transport` (or `az mysql flexible-server parameter show ...`) and check the value is on.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.3.1',
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.4.1',
    'CWE-319',
    'https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, SINGLE_SERVERS)) {
      if (isFalse(res.values['ssl_enforcement_enabled'])) {
        reportResource(doc, ctx, {
          res,
          key: 'ssl_enforcement_enabled',
          message: `${res.address} does not enforce SSL: clients may connect unencrypted`,
          fix: (target) => setAttribute(target, 'ssl_enforcement_enabled', 'true'),
        });
      }
      if (res.values['ssl_enforcement'] === 'Disabled') {
        reportResource(doc, ctx, {
          res,
          key: 'ssl_enforcement',
          message: `${res.address} sets ssl_enforcement = "Disabled": clients may connect unencrypted`,
          fix: (target) => setAttribute(target, 'ssl_enforcement', hclString('Enabled')),
        });
      }
    }
    for (const res of resourcesOf(doc, CONFIGURATIONS)) {
      const name = res.values['name'];
      const value = res.values['value'];
      if (typeof name !== 'string' || name.toLowerCase() !== 'require_secure_transport') continue;
      if (typeof value !== 'string' || !OFF.has(value.toLowerCase())) continue;
      const on = value === value.toUpperCase() && value !== '0' ? 'ON' : 'on';
      reportResource(doc, ctx, {
        res,
        key: 'value',
        message: `${res.address} sets require_secure_transport = ${value}: clients may connect unencrypted`,
        fix: (target) => setAttribute(target, 'value', hclString(on)),
      });
    }
  },
});
