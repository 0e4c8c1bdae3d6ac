import { defineRule } from '../../core/rule.js';
import { setAttribute, setNestedAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';
import { isReplica, settingsOf } from './lib/sql.js';

export default defineRule({
  id: 'gcp/sql-backup-disabled',
  kind: 'terraform',
  severity: 'medium',
  title: 'Cloud SQL instance has automated backups off',
  why: 'Without automated backups (off by default in the provider) a dropped table, a bad migration or ransomware leaves nothing to restore, and point-in-time recovery is impossible. Read replicas are skipped: they cannot have backups of their own.',
  fix: 'Set `backup_configuration { enabled = true }` in `settings` (add `point_in_time_recovery_enabled = true` for PostgreSQL, `binary_log_enabled = true` for MySQL).',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.backupConfiguration.enabled)"` and check it prints True.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.7',
    'CWE-693',
    'https://cloud.google.com/sql/docs/postgres/backup-recovery/backups',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('google_sql_database_instance')) {
      if (isReplica(res)) continue;
      const settings = settingsOf(res);
      if (!settings) continue;
      const backups = blocksOf(settings, 'backup_configuration');
      if (backups === null) continue;
      const b = backups[0];
      const enabled = b?.['enabled'];
      if (isTrue(enabled) || isUnknown(enabled)) continue;
      reportResource(doc, ctx, {
        res,
        obj: b ?? settings,
        key: b ? 'enabled' : 'backup_configuration',
        path: 'settings/backup_configuration/enabled',
        message: `${res.address} does not enable automated backups`,
        fix: (target) =>
          b
            ? setAttribute(target, 'enabled', 'true')
            : setNestedAttribute(target, 'backup_configuration', 'enabled', 'true'),
      });
    }
  },
});
