import { defineRule } from '../../core/rule.js';
import { reportResource } from '../aws/lib/report.js';

const TYPES = [
  'azurerm_mssql_firewall_rule',
  'azurerm_sql_firewall_rule',
  'azurerm_postgresql_firewall_rule',
  'azurerm_postgresql_flexible_server_firewall_rule',
  'azurerm_mysql_firewall_rule',
  'azurerm_mysql_flexible_server_firewall_rule',
  'azurerm_mariadb_firewall_rule',
  'azurerm_synapse_firewall_rule',
];

function ipv4(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v.trim());
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((a, p) => a * 256 + p, 0);
}

/** More addresses than a /8: a large slice of the internet, not one network's egress. */
const HUGE = 2 ** 24;

export default defineRule({
  id: 'azure/database-firewall-open',
  kind: 'terraform',
  severity: 'high',
  title: 'Database server firewall is open to the internet',
  why: 'A server-level firewall rule from 0.0.0.0 to 255.255.255.255 (or any range larger than a /8) lets every address on the internet try to log in to the database, leaving only the password between attackers and the data. The special rule 0.0.0.0–0.0.0.0 ("Allow Azure services") is reported at medium: it admits connections from any Azure customer\'s resources, not just yours.',
  fix: 'Delete the rule and allow only the public egress addresses of your applications (`start_ip_address` = `end_ip_address` per address), or use private endpoints / VNet integration and turn public network access off.',
  verify:
    'Run `az sql server firewall-rule list -g <rg> -s <server> -o table` (or the postgres/mysql equivalent) and check no rule spans the whole internet or is 0.0.0.0-0.0.0.0.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.1.2',
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.3.7',
    'CWE-284',
    'https://learn.microsoft.com/azure/azure-sql/database/firewall-configure',
  ],
  check(doc, ctx) {
    for (const type of TYPES) {
      for (const res of doc.ofType(type)) {
        const start = ipv4(res.values['start_ip_address']);
        const end = ipv4(res.values['end_ip_address']);
        if (start === null || end === null || end < start) continue;
        if (start === 0 && end === 0) {
          reportResource(doc, ctx, {
            res,
            key: 'end_ip_address',
            path: 'range',
            severity: 'medium',
            message: `${res.address} allows 0.0.0.0-0.0.0.0: connections from every Azure service, including other customers' resources`,
            evidence: '0.0.0.0-0.0.0.0',
          });
        } else if (end - start + 1 > HUGE) {
          const range = `${String(res.values['start_ip_address'])}-${String(res.values['end_ip_address'])}`;
          reportResource(doc, ctx, {
            res,
            key: 'end_ip_address',
            path: 'range',
            message: `${res.address} allows ${range}: the database is reachable from ${start === 0 && end === 2 ** 32 - 1 ? 'the whole internet' : 'a large part of the internet'}`,
            evidence: range,
          });
        }
      }
    }
  },
});
