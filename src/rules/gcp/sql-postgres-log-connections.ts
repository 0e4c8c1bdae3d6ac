import { databaseFlagRule, isOn } from './lib/sql.js';

export default databaseFlagRule({
  id: 'gcp/sql-postgres-log-connections',
  severity: 'low',
  title: 'Cloud SQL PostgreSQL does not log connections',
  why: 'With `log_connections` off (the PostgreSQL default), successful and attempted logins leave no trace, so password guessing or use of a stolen credential cannot be seen or investigated.',
  fix: 'Add `database_flags { name = "log_connections", value = "on" }` to the instance settings.',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.databaseFlags)"` and check log_connections is on.',
  references: ['CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.2.2', 'CWE-778'],
  engine: 'POSTGRES',
  flag: 'log_connections',
  bad: (v) => !isOn(v),
  good: 'on',
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not set log_connections (default off)`
      : `${res.address} sets log_connections = "${v}"`,
});
