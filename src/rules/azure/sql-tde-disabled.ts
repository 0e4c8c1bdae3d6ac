import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isFalse } from './lib/values.js';

export default attributeRule({
  id: 'azure/sql-tde-disabled',
  severity: 'high',
  title: 'SQL database transparent data encryption is off',
  why: 'Transparent data encryption (TDE) encrypts the database files, backups and transaction logs at rest. With it off, anyone who obtains a copy of the storage or a backup can read every row. Azure turns TDE on by default, so only an explicit `transparent_data_encryption_enabled = false` is reported.',
  fix: 'Set `transparent_data_encryption_enabled = true` (or remove the attribute) on the `azurerm_mssql_database`.',
  verify: 'Run `az sql db tde show -g <rg> -s <server> -d <db> --query state` and check it prints "Enabled".',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.1.5',
    'CWE-311',
    'https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview',
  ],
  types: ['azurerm_mssql_database'],
  attr: 'transparent_data_encryption_enabled',
  ok: (v) => !isFalse(v),
  message: (res) => `${res.address} turns transparent data encryption off`,
  fixValue: 'true',
});
