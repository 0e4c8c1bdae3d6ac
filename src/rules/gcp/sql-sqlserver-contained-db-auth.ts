import { databaseFlagRule, isOn } from './lib/sql.js';

export default databaseFlagRule({
  id: 'gcp/sql-sqlserver-contained-db-auth',
  severity: 'medium',
  title: 'Cloud SQL SQL Server allows contained database authentication',
  why: 'Contained databases keep their own users and passwords inside the database, outside the server\'s login management: they bypass server-level password policies and auditing, and a database owner can create users that reach the server. Only an explicit "on" is reported (the default is off).',
  fix: 'Set the `contained database authentication` database flag to "off" (or remove it).',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.databaseFlags)"` and check contained database authentication is off or absent.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.3.7',
    'CWE-287',
    'https://learn.microsoft.com/sql/relational-databases/databases/security-best-practices-with-contained-databases',
  ],
  engine: 'SQLSERVER',
  flag: 'contained database authentication',
  bad: (v) => isOn(v),
  good: 'off',
  message: (res, v) => `${res.address} sets "contained database authentication" = "${String(v)}"`,
});
