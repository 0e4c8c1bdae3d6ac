import { defineRule } from '../../core/rule.js';
import { isPlaceholder, isWrittenLiterally, SECRET_NAME } from './lib/literal.js';
import { reportResource } from './lib/report.js';

/** Secret-bearing arguments of common AWS resources. */
const SECRET_ARGS: Record<string, readonly string[]> = {
  aws_db_instance: ['password'],
  aws_rds_cluster: ['master_password'],
  aws_docdb_cluster: ['master_password'],
  aws_neptune_cluster: ['master_password'],
  aws_redshift_cluster: ['master_password'],
  aws_redshiftserverless_namespace: ['admin_user_password'],
  aws_elasticache_replication_group: ['auth_token'],
  aws_elasticache_user: ['passwords'],
  aws_mq_broker: ['password'],
  aws_opensearch_domain: ['master_user_password'],
  aws_iam_user_login_profile: ['password'],
  aws_ssm_parameter: ['value'],
  aws_secretsmanager_secret_version: ['secret_string'],
};

export default defineRule({
  id: 'aws/hardcoded-db-password',
  kind: 'terraform',
  severity: 'high',
  title: 'Password or secret hard-coded in Terraform',
  why: 'A password written in the code is readable by everyone with access to the repository, its history, CI logs and the state file, and it cannot be rotated without a commit. Leaked repositories are routinely searched for exactly such values.',
  fix: 'Let AWS manage the secret (`manage_master_user_password = true` on RDS/Aurora), or read it from Secrets Manager / SSM (`data "aws_secretsmanager_secret_version"`) or a sensitive variable supplied at apply time; then rotate the exposed password.',
  verify:
    'Run `git grep -n "password *= *\\"" -- "*.tf"` and check no literal remains; rotate the credential and confirm the old one no longer works.',
  references: [
    'CWE-798',
    'CWE-259',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
  ],
  check(doc, ctx) {
    for (const [type, args] of Object.entries(SECRET_ARGS)) {
      for (const res of doc.ofType(type)) {
        if (type === 'aws_ssm_parameter' && res.values['type'] !== 'SecureString') continue;
        for (const key of args) {
          const v = res.values[key];
          if (typeof v !== 'string' || isPlaceholder(v)) continue;
          if (!isWrittenLiterally(doc.locate(res.values, key))) continue;
          reportResource(doc, ctx, { res, key, message: `${res.address} has a hard-coded ${key}` });
        }
      }
    }
    // Secret-looking variables with a literal default travel with every copy of the module.
    for (const v of doc.variables) {
      if (!SECRET_NAME.test(v.name) || !v.defaultAt || !isWrittenLiterally(v.defaultAt)) continue;
      const value = v.defaultAt.valueExpr?.k === 'lit' ? String(v.defaultAt.valueExpr.value) : '';
      if (isPlaceholder(value)) continue;
      ctx.report({
        at: v.defaultAt.range,
        file: v.defaultAt.path,
        message: `variable "${v.name}" has a hard-coded default secret`,
        path: `${v.module ? `${v.module}.` : ''}var.${v.name}/default`,
      });
    }
  },
});
