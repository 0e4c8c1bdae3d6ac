import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isFalse } from './lib/values.js';

export default attributeRule({
  id: 'azure/sql-public-network-access',
  severity: 'low',
  title: 'SQL server has a public endpoint',
  why: 'With public network access on (the azurerm default), the server has an internet-facing endpoint and only its firewall rules and passwords protect it; one over-broad firewall rule exposes it. Servers reached only from inside Azure should use private endpoints and turn the public endpoint off.',
  fix: 'Create a private endpoint for the server, then set `public_network_access_enabled = false` on the `azurerm_mssql_server`.',
  verify:
    'Run `az sql server show -g <rg> -n <server> --query publicNetworkAccess` and check it prints "Disabled".',
  references: [
    'CWE-668',
    'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access',
  ],
  types: ['azurerm_mssql_server'],
  attr: 'public_network_access_enabled',
  ok: (v) => isFalse(v),
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not set public_network_access_enabled (default true): the server has a public endpoint`
      : `${res.address} keeps its public endpoint enabled`,
});
