import { defineRule } from '../../core/rule.js';
import { grantsAdmin, permissionPolicies } from './lib/iam.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/iam-policy-admin',
  kind: 'terraform',
  severity: 'high',
  title: 'IAM policy grants full administrator access',
  why: 'A statement allowing `"Action": "*"` on `"Resource": "*"` gives whoever holds it every permission in the account: reading all data, deleting backups, creating new admin users. Any leak of that identity\'s credentials is a full account takeover.',
  fix: 'List the actions and resources the identity actually needs (start from IAM Access Analyzer\'s generated policy or CloudTrail usage) instead of "*".',
  verify:
    'Run `aws iam get-policy-version` on the policy and check no Allow statement has both Action "*" and Resource "*".',
  references: ['CIS AWS Foundations Benchmark v3.0.0 1.16', 'CWE-250', 'CWE-269'],
  check(doc, ctx) {
    for (const p of permissionPolicies(doc)) {
      if (!grantsAdmin(p.value)) continue;
      reportResource(doc, ctx, {
        res: p.res,
        obj: p.obj,
        key: p.key,
        message: `${p.res.address} allows every action ("*") on every resource ("*")`,
      });
    }
  },
});
