import { defineRule } from '../../core/rule.js';
import { type PropPath, rawAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { setProperty } from './lib/edit.js';
import { isLiteralSecret } from './lib/literal.js';
import { reportProperty } from './lib/report.js';

/** Secret-bearing properties of common resources. */
const SECRET_PROPS: Record<string, readonly PropPath[]> = {
  'AWS::RDS::DBInstance': [['MasterUserPassword']],
  'AWS::RDS::DBCluster': [['MasterUserPassword']],
  'AWS::DocDB::DBCluster': [['MasterUserPassword']],
  'AWS::Redshift::Cluster': [['MasterUserPassword']],
  'AWS::RedshiftServerless::Namespace': [['AdminUserPassword']],
  'AWS::ElastiCache::ReplicationGroup': [['AuthToken']],
  'AWS::OpenSearchService::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
  'AWS::Elasticsearch::Domain': [['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserPassword']],
  'AWS::IAM::User': [['LoginProfile', 'Password']],
  'AWS::DirectoryService::MicrosoftAD': [['Password']],
  'AWS::DirectoryService::SimpleAD': [['Password']],
  'AWS::SecretsManager::Secret': [['SecretString']],
};

export default defineRule({
  id: 'cfn/hardcoded-db-password',
  kind: 'cloudformation',
  severity: 'high',
  title: 'Password or secret hard-coded in a CloudFormation template',
  why: "A password written in the template is readable by everyone with access to the repository, its history and the stack's stored template, and it cannot be rotated without a commit. Leaked repositories are routinely searched for exactly such values.",
  fix: 'Let AWS manage the secret (`ManageMasterUserPassword: true` on RDS/Aurora, `GenerateSecretString` on Secrets Manager), or reference one with a dynamic reference `{{resolve:secretsmanager:<secret>:SecretString:password}}`; then rotate the exposed password.',
  verify:
    'Search the template for the property and check it holds a `{{resolve:...}}` reference or is gone; rotate the credential and confirm the old one no longer works.',
  references: [
    'CWE-798',
    'CWE-259',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
  ],
  fixable: 'suggestion',
  options: {
    reference: {
      description:
        'Dynamic reference to write instead, e.g. {{resolve:secretsmanager:prod/db:SecretString:password}}.',
    },
  },
  check(doc, ctx) {
    for (const [type, paths] of Object.entries(SECRET_PROPS)) {
      for (const res of doc.ofType(type)) {
        for (const path of paths) {
          if (!isLiteralSecret(rawAt(res, path))) continue;
          const key = String(path[path.length - 1]);
          reportProperty(doc, ctx, {
            res,
            path,
            message: `${res.logicalId} has a hard-coded ${key}`,
            suggest: {
              question: 'Which Secrets Manager dynamic reference should replace the literal?',
              option: 'reference',
              placeholder: '{{resolve:secretsmanager:prod/db:SecretString:password}}',
              edits: (e, value) =>
                /^\{\{resolve:(?:secretsmanager|ssm-secure):[^{}]+\}\}$/.test(value)
                  ? setProperty(e, doc, res, path.slice(0, -1), key, value)
                  : null,
            },
          });
        }
      }
    }
  },
});
