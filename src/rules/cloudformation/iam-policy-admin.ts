import { defineRule } from '../../core/rule.js';
import { isAdminStatement } from '../aws/lib/iam.js';
import { policyStatements } from '../aws/lib/policy.js';
import { permissionPolicies } from './lib/policies.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/iam-policy-admin',
  kind: 'cloudformation',
  severity: 'high',
  title: 'IAM policy grants full administrator access',
  why: 'A statement allowing `Action: "*"` on `Resource: "*"` gives whoever holds it every permission in the account: reading all data, deleting backups, creating users and keys. A leaked key or a compromised workload with such a policy means the whole account is lost.',
  fix: 'Replace the wildcard with the specific actions and resource ARNs the principal needs (IAM Access Analyzer can generate a policy from CloudTrail activity).',
  verify:
    'Run `aws iam get-policy-version` / `get-role-policy` for the policy and check no statement allows "*" on "*".',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 1.16',
    'CWE-269',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  check(doc, ctx) {
    for (const p of permissionPolicies(doc)) {
      const statements = policyStatements(p.value) ?? [];
      statements.forEach((s, i) => {
        if (!isAdminStatement(s)) return;
        const list = Array.isArray((p.value as { Statement?: unknown }).Statement);
        reportProperty(doc, ctx, {
          res: p.res,
          path: [...p.path, 'Statement', ...(list ? [i] : [])],
          logical: `${p.path.join('/')}/Statement/${String(s.raw['Sid'] ?? i)}`,
          message: `${p.res.logicalId} allows every action on every resource ("*" on "*")`,
        });
      });
    }
  },
});
