import { passwordMinimumRule } from './lib/password-policy.js';

export default passwordMinimumRule(
  {
    id: 'aws/iam-password-length',
    severity: 'medium',
    title: 'IAM password policy allows short passwords',
    why: 'Short console passwords fall quickly to guessing and credential stuffing. AWS accepts 8-character passwords unless the account policy asks for more.',
    fix: 'Set `minimum_password_length = 14` (or more) on `aws_iam_account_password_policy`.',
    verify: 'Run `aws iam get-account-password-policy` and check MinimumPasswordLength is 14 or more.',
    references: ['CIS AWS Foundations Benchmark v3.0.0 1.8', 'CWE-521'],
  },
  'minimum_password_length',
  14,
  8,
  'the minimum length',
);
