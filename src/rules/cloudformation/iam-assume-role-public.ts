import { defineRule } from '../../core/rule.js';
import { isPublicStatement, policyStatements } from '../aws/lib/policy.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/iam-assume-role-public',
  kind: 'cloudformation',
  severity: 'critical',
  title: 'IAM role can be assumed by anyone',
  why: 'A trust policy that allows `Principal: {AWS: "*"}` with no condition lets any AWS account in the world call sts:AssumeRole on the role and use all of its permissions.',
  fix: 'Name the account, role or service that should assume the role in `AssumeRolePolicyDocument`, or add a condition such as `aws:PrincipalOrgID` or `sts:ExternalId`.',
  verify:
    'Run `aws iam get-role --role-name <name> --query Role.AssumeRolePolicyDocument` and check no Allow statement has a "*" principal without a condition.',
  references: [
    'CWE-284',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::IAM::Role')) {
      const statements = policyStatements(res.properties['AssumeRolePolicyDocument']) ?? [];
      statements.forEach((s, i) => {
        if (!isPublicStatement(s)) return;
        reportProperty(doc, ctx, {
          res,
          path: ['AssumeRolePolicyDocument', 'Statement', i],
          logical: `AssumeRolePolicyDocument/Statement/${String(s.raw['Sid'] ?? i)}`,
          message: `role ${res.logicalId} can be assumed by any AWS principal (Principal "*", no condition)`,
        });
      });
    }
  },
});
