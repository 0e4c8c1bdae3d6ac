import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/cloudtrail-multi-region',
  severity: 'medium',
  title: 'CloudTrail trail records only one region',
  why: 'A single-region trail misses API activity in every other region; attackers with stolen keys routinely launch resources (crypto miners, exfiltration) in regions nobody watches, and global-service events can be lost.',
  fix: 'Set `IsMultiRegionTrail: true` (and keep `IncludeGlobalServiceEvents: true`).',
  verify:
    'Run `aws cloudtrail describe-trails --query "trailList[].IsMultiRegionTrail"` and check it is true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.1',
    'CWE-778',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  ],
  types: ['AWS::CloudTrail::Trail'],
  path: ['IsMultiRegionTrail'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not set IsMultiRegionTrail (defaults to false)`
      : `${res.logicalId} sets IsMultiRegionTrail: false`,
  fixValue: true,
});
