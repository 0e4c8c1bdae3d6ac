import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/cloudtrail-log-validation',
  severity: 'medium',
  title: 'CloudTrail log file validation is off',
  why: 'Without log file validation nobody can prove the CloudTrail logs were not edited or deleted; an intruder who reaches the log bucket can erase their tracks undetected.',
  fix: 'Set `EnableLogFileValidation: true` on the trail.',
  verify:
    'Run `aws cloudtrail describe-trails --query "trailList[].LogFileValidationEnabled"` and check it is true; `aws cloudtrail validate-logs` then verifies the digests.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.2',
    'CWE-354',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  ],
  types: ['AWS::CloudTrail::Trail'],
  path: ['EnableLogFileValidation'],
  ok: mustBeTrue,
  message: (res) => `${res.logicalId} does not enable log file validation`,
  fixValue: true,
});
