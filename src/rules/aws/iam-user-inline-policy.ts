import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/iam-user-inline-policy',
  kind: 'terraform',
  severity: 'low',
  title: 'IAM permissions attached directly to a user',
  why: 'Permissions given user by user drift apart and are forgotten when people change teams or leave. Granting them through groups (or roles) keeps access reviewable in one place.',
  fix: 'Put the policy on an IAM group (`aws_iam_group_policy_attachment`) and add the user to the group with `aws_iam_user_group_membership`.',
  verify:
    'Run `aws iam list-user-policies` and `aws iam list-attached-user-policies` for the user and check both are empty.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 1.15', 'CWE-269'],
  check(doc, ctx) {
    for (const res of doc.ofType('aws_iam_user_policy'))
      reportResource(doc, ctx, { res, message: `${res.address} is an inline policy on an IAM user` });
    for (const res of doc.ofType('aws_iam_user_policy_attachment'))
      reportResource(doc, ctx, { res, message: `${res.address} attaches a policy directly to an IAM user` });
  },
});
