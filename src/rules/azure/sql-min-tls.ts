import { hclString } from '../../fixers/hcl-edit.js';
import { attributeRule } from '../aws/lib/attribute-rule.js';

const WEAK = new Set(['1.0', '1.1', 'Disabled']);

export default attributeRule({
  id: 'azure/sql-min-tls',
  severity: 'medium',
  title: 'SQL server accepts TLS older than 1.2',
  why: 'A minimum TLS version of 1.0 or 1.1 (or `Disabled`, which accepts any version) lets clients connect over protocol versions with known weaknesses, so credentials and query results can be exposed to a network attacker. azurerm v3 and v4 default to "1.2", so only an explicit weaker value is reported.',
  fix: 'Set `minimum_tls_version = "1.2"` on the `azurerm_mssql_server` (or managed instance), after checking old client drivers support TLS 1.2.',
  verify: 'Run `az sql server show -g <rg> -n <server> --query minimalTlsVersion` and check it prints "1.2".',
  references: [
    'CWE-326',
    'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version',
  ],
  types: ['azurerm_mssql_server', 'azurerm_mssql_managed_instance'],
  attr: 'minimum_tls_version',
  ok: (v) => !(typeof v === 'string' && WEAK.has(v)),
  message: (res, v) => `${res.address} sets minimum_tls_version = "${String(v)}"`,
  fixValue: hclString('1.2'),
});
