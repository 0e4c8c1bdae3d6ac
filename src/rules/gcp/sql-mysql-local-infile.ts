import { databaseFlagRule, isOn } from './lib/sql.js';

export default databaseFlagRule({
  id: 'gcp/sql-mysql-local-infile',
  severity: 'medium',
  title: 'Cloud SQL MySQL allows LOAD DATA LOCAL INFILE',
  why: 'With `local_infile` on, the server can ask a connecting client to send any file the client can read; a compromised or malicious server, or SQL injection in the application, can use this to read files from application hosts. Only an explicit "on" is reported.',
  fix: 'Set the `local_infile` database flag to "off" (or remove it).',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.databaseFlags)"` and check local_infile is off or absent.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.1.3',
    'CWE-73',
    'https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html',
  ],
  engine: 'MYSQL',
  flag: 'local_infile',
  bad: (v) => isOn(v),
  good: 'off',
  message: (res, v) => `${res.address} sets local_infile = "${String(v)}"`,
});
