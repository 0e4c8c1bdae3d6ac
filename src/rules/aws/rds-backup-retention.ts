import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { asNumber, isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/rds-backup-retention',
  kind: 'terraform',
  severity: 'medium',
  title: 'RDS automated backups are disabled or too short',
  why: 'With `backup_retention_period = 0` there are no automated backups and no point-in-time restore: a bad migration, a deleted table or ransomware in the database cannot be rolled back. Very short retention means problems found a few days late cannot be undone either.',
  fix: 'Set `backup_retention_period` to at least 7 days (up to 35).',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].BackupRetentionPeriod"` and check each value is 7 or more.',
  references: [
    'CWE-693',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  ],
  fixable: 'auto',
  options: { minimumDays: { description: 'Smallest acceptable retention, in days.', default: 7 } },
  check(doc, ctx) {
    const min = typeof ctx.options['minimumDays'] === 'number' ? ctx.options['minimumDays'] : 7;
    for (const type of ['aws_db_instance', 'aws_rds_cluster']) {
      for (const res of doc.ofType(type)) {
        const raw = res.values['backup_retention_period'];
        if (raw === undefined || isUnknown(raw)) continue;
        // Read replicas take no backups of their own.
        if (res.values['replicate_source_db'] !== undefined) continue;
        const days = asNumber(raw);
        if (days === undefined || days >= min) continue;
        reportResource(doc, ctx, {
          res,
          key: 'backup_retention_period',
          severity: days === 0 ? 'medium' : 'low',
          message:
            days === 0
              ? `${res.address} disables automated backups (backup_retention_period = 0)`
              : `${res.address} keeps backups for only ${days} day(s)`,
          fix: (target) => setAttribute(target, 'backup_retention_period', String(min)),
        });
      }
    }
  },
});
