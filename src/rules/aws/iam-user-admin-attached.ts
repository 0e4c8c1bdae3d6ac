import { defineRule } from '../../core/rule.js';
import { isUnknown, type TfValue } from '../../sources/parsers/terraform/values.js';
import { ADMIN_POLICY_ARN, grantsAdmin } from './lib/iam.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/iam-user-admin-attached',
  kind: 'terraform',
  severity: 'high',
  title: 'IAM user has administrator access',
  why: 'IAM users have long-lived passwords and access keys that end up in laptops, scripts and CI logs. Attaching AdministratorAccess (or an equivalent policy) to a user makes any leak of those keys a full account compromise.',
  fix: 'Detach the policy from the user. Grant admin rights to a role that people assume with MFA (or through IAM Identity Center), and give users only what they need through groups.',
  verify:
    'Run `aws iam list-attached-user-policies --user-name <user>` and check AdministratorAccess is not listed.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.16',
    'CIS AWS Foundations Benchmark v3.0.0 1.15',
    'CWE-250',
  ],
  check(doc, ctx) {
    /** Whether the attached ARN is AdministratorAccess or a policy of this configuration granting "*". */
    const isAdmin = (arn: TfValue | undefined): boolean => {
      if (typeof arn === 'string') return ADMIN_POLICY_ARN.test(arn);
      if (isUnknown(arn) && arn.ref) {
        const policy = doc.ofType('aws_iam_policy').find((p) => p.address === arn.ref);
        return policy !== undefined && grantsAdmin(policy.values['policy']);
      }
      return false;
    };
    for (const res of doc.ofType('aws_iam_user_policy_attachment')) {
      if (isAdmin(res.values['policy_arn']))
        reportResource(doc, ctx, {
          res,
          key: 'policy_arn',
          message: `${res.address} gives an IAM user administrator access`,
        });
    }
    for (const res of doc.ofType('aws_iam_policy_attachment')) {
      const users = res.values['users'];
      if (Array.isArray(users) && users.length > 0 && isAdmin(res.values['policy_arn']))
        reportResource(doc, ctx, {
          res,
          key: 'policy_arn',
          message: `${res.address} gives IAM users administrator access`,
        });
    }
  },
});
