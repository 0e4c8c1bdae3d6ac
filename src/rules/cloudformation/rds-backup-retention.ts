import { defineRule } from '../../core/rule.js';
import { setProperty } from './lib/edit.js';
import { inCluster, isReplica } from './lib/rds.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/rds-backup-retention',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'RDS automated backups are turned off',
  why: '`BackupRetentionPeriod: 0` turns off automated backups and point-in-time recovery: after a bad migration, an accidental DELETE or ransomware there is nothing to restore from but manual snapshots, if anyone took one.',
  fix: 'Set `BackupRetentionPeriod` to at least 7 days (35 at most). Turning backups on for an existing instance causes a brief outage.',
  verify:
    'Run `aws rds describe-db-instances --query "DBInstances[].BackupRetentionPeriod"` and check it is 7 or more.',
  references: [
    'CWE-693',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  ],
  fixable: 'suggestion',
  options: { days: { description: 'Backup retention in days (1-35).' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::RDS::DBInstance')) {
      if (inCluster(res) || isReplica(res)) continue;
      const v = res.properties['BackupRetentionPeriod'];
      if (v !== 0 && v !== '0') continue;
      reportProperty(doc, ctx, {
        res,
        path: ['BackupRetentionPeriod'],
        message: `${res.logicalId} sets BackupRetentionPeriod: 0 (no automated backups)`,
        suggest: {
          question: 'How many days of automated backups should be kept (1-35)?',
          option: 'days',
          placeholder: '7',
          edits: (e, value) => {
            const days = Number(value);
            return Number.isInteger(days) && days >= 1 && days <= 35
              ? setProperty(e, doc, res, [], 'BackupRetentionPeriod', days)
              : null;
          },
        },
      });
    }
  },
});
