import { defineRule } from '../../core/rule.js';
import { rawAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { ADMIN_POLICY_ARN } from '../aws/lib/iam.js';
import { reportProperty } from './lib/report.js';

/** The ARN as resolved, or the `Fn::Sub` template with the partition filled in. */
function arnText(resolved: unknown, raw: unknown): string | undefined {
  if (typeof resolved === 'string') return resolved;
  const sub = (raw as { 'Fn::Sub'?: unknown } | undefined)?.['Fn::Sub'];
  return typeof sub === 'string' ? sub.replace(/\$\{AWS::Partition\}/g, 'aws') : undefined;
}

export default defineRule({
  id: 'cfn/iam-user-admin-attached',
  kind: 'cloudformation',
  severity: 'high',
  title: 'IAM user has AdministratorAccess attached directly',
  why: 'An IAM user with AdministratorAccess usually has long-lived access keys; if one leaks (a laptop, a CI log, a public repository) the whole account is lost. Admin rights should come from a role assumed with MFA, and permissions should be granted through groups.',
  fix: "Remove `arn:aws:iam::aws:policy/AdministratorAccess` from the user's `ManagedPolicyArns`; grant admin work through a role assumed with MFA (or IAM Identity Center), and everyday permissions through a group.",
  verify:
    'Run `aws iam list-attached-user-policies --user-name <name>` and check AdministratorAccess is not listed.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.15',
    'CIS AWS Foundations Benchmark v3.0.0 1.16',
    'CWE-269',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::IAM::User')) {
      const arns = res.properties['ManagedPolicyArns'];
      if (!Array.isArray(arns)) continue;
      arns.forEach((arn, i) => {
        const text = arnText(arn, rawAt(res, ['ManagedPolicyArns', i]));
        if (text === undefined || !ADMIN_POLICY_ARN.test(text)) return;
        reportProperty(doc, ctx, {
          res,
          path: ['ManagedPolicyArns', i],
          logical: 'ManagedPolicyArns/AdministratorAccess',
          message: `IAM user ${res.logicalId} has AdministratorAccess attached`,
        });
      });
    }
  },
});
