import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/cloudtrail-multi-region',
  severity: 'medium',
  title: 'CloudTrail trail covers a single region',
  why: 'An attacker who gets credentials often works in a region nobody watches. A single-region trail records nothing there, so the activity leaves no audit trail.',
  fix: 'Set `is_multi_region_trail = true` on the trail.',
  verify:
    'Run `aws cloudtrail describe-trails --query "trailList[].IsMultiRegionTrail"` and check it prints true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 3.1', 'CWE-778'],
  types: ['aws_cloudtrail'],
  attr: 'is_multi_region_trail',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} records only one region`,
  fixValue: 'true',
});
