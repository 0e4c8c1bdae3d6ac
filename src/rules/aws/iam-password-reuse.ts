import { passwordMinimumRule } from './lib/password-policy.js';

export default passwordMinimumRule(
  {
    id: 'aws/iam-password-reuse',
    severity: 'low',
    title: 'IAM password policy allows reusing old passwords',
    why: 'When users can cycle back to old passwords, a password that leaked once (in a breach dump or a phishing kit) keeps working after a forced change.',
    fix: 'Set `password_reuse_prevention = 24` on `aws_iam_account_password_policy`.',
    verify: 'Run `aws iam get-account-password-policy` and check PasswordReusePrevention is 24.',
    references: ['CIS AWS Foundations Benchmark v3.0.0 1.9', 'CWE-262'],
  },
  'password_reuse_prevention',
  24,
  0,
  'reuse prevention',
);
