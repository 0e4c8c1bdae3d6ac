import { databaseFlagRule, isOn } from './lib/sql.js';

export default databaseFlagRule({
  id: 'gcp/sql-postgres-log-disconnections',
  severity: 'low',
  title: 'Cloud SQL PostgreSQL does not log disconnections',
  why: 'With `log_disconnections` off (the PostgreSQL default), session ends and durations are not recorded, so an investigation cannot tell how long a suspicious session lasted or what it overlapped with.',
  fix: 'Add `database_flags { name = "log_disconnections", value = "on" }` to the instance settings.',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.databaseFlags)"` and check log_disconnections is on.',
  references: ['CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.2.3', 'CWE-778'],
  engine: 'POSTGRES',
  flag: 'log_disconnections',
  bad: (v) => !isOn(v),
  good: 'on',
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not set log_disconnections (default off)`
      : `${res.address} sets log_disconnections = "${v}"`,
});
