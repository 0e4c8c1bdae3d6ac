import { defineRule } from '../../core/rule.js';
import { isPublicStatement, policyStatements } from './lib/policy.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/iam-assume-role-public',
  kind: 'terraform',
  severity: 'critical',
  title: 'IAM role can be assumed by anyone',
  why: 'A trust policy that allows `"Principal": "*"` (or `{"AWS": "*"}`) without conditions lets any AWS account in the world assume the role and use all its permissions.',
  fix: 'Name the exact accounts, roles or services in `Principal`, and add conditions such as `sts:ExternalId` or `aws:PrincipalOrgID` for cross-account access.',
  verify:
    'Run `aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument` and check no Allow statement has a "*" principal without a Condition.',
  references: [
    'CWE-284',
    'CWE-269',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('aws_iam_role')) {
      const st = policyStatements(res.values['assume_role_policy']);
      if (!st?.some(isPublicStatement)) continue;
      reportResource(doc, ctx, {
        res,
        key: 'assume_role_policy',
        message: `${res.address} can be assumed by any AWS principal`,
      });
    }
  },
});
