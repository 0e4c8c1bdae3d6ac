import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/cloudtrail-log-validation',
  severity: 'medium',
  title: 'CloudTrail log file validation is off',
  why: 'Without log file validation, someone who can write to the log bucket can edit or delete log files to hide what they did, and nobody can prove the logs were tampered with.',
  fix: 'Set `enable_log_file_validation = true` on the trail.',
  verify:
    'Run `aws cloudtrail describe-trails --query "trailList[].LogFileValidationEnabled"` and check it prints true; `aws cloudtrail validate-logs` then verifies digests.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 3.2', 'CWE-354'],
  types: ['aws_cloudtrail'],
  attr: 'enable_log_file_validation',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not validate log files`,
  fixValue: 'true',
});
