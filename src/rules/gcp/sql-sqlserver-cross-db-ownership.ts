import { databaseFlagRule, isOn } from './lib/sql.js';

export default databaseFlagRule({
  id: 'gcp/sql-sqlserver-cross-db-ownership',
  severity: 'medium',
  title: 'Cloud SQL SQL Server enables cross-database ownership chaining',
  why: 'With cross-database ownership chaining on for the whole server, a user who owns objects in one database can reach objects in another database owned by the same login without being granted access there, so one compromised database leads into the others. Only an explicit "on" is reported (the default is off).',
  fix: 'Set the `cross db ownership chaining` database flag to "off" (or remove it); enable chaining per database only where really needed.',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.databaseFlags)"` and check cross db ownership chaining is off or absent.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.3.2',
    'CWE-269',
    'https://learn.microsoft.com/sql/database-engine/configure-windows/cross-db-ownership-chaining-server-configuration-option',
  ],
  engine: 'SQLSERVER',
  flag: 'cross db ownership chaining',
  bad: (v) => isOn(v),
  good: 'off',
  message: (res, v) => `${res.address} sets "cross db ownership chaining" = "${String(v)}"`,
});
