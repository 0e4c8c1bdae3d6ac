import { defineRule } from '../../core/rule.js';
import { valueAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/s3-bucket-logging',
  kind: 'cloudformation',
  severity: 'low',
  title: 'S3 bucket server access logging is off',
  why: 'Without access logs there is no record of who read or changed which object; after a leak you cannot tell what was taken or by whom. (CloudTrail data events are the alternative.)',
  fix: 'Add `LoggingConfiguration: {DestinationBucketName: <log bucket>, LogFilePrefix: <prefix>}` pointing at a dedicated log bucket (not the bucket itself).',
  verify: 'Run `aws s3api get-bucket-logging --bucket <name>` and check a target bucket is set.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.4',
    'CWE-778',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
  ],
  fixable: 'suggestion',
  options: { bucket: { description: 'Name of the bucket that receives the access logs.' } },
  check(doc, ctx) {
    const logTargets = new Set<string>();
    for (const res of doc.ofType('AWS::S3::Bucket')) {
      const dest = valueAt(res, ['LoggingConfiguration', 'DestinationBucketName']);
      const raw = res.raw as
        | { LoggingConfiguration?: { DestinationBucketName?: { Ref?: unknown } } }
        | undefined;
      const ref = raw?.LoggingConfiguration?.DestinationBucketName?.Ref;
      if (typeof ref === 'string') logTargets.add(ref);
      if (typeof dest === 'string') logTargets.add(dest);
    }
    for (const res of doc.ofType('AWS::S3::Bucket')) {
      const v = valueAt(res, ['LoggingConfiguration']);
      if (v !== undefined && v !== null) continue;
      // The log bucket itself is not expected to log into another bucket.
      if (logTargets.has(res.logicalId)) continue;
      const name = res.properties['BucketName'];
      if (typeof name === 'string' && logTargets.has(name)) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['LoggingConfiguration'],
        message: `${res.logicalId} has no server access logging`,
        suggest: {
          question: 'Which bucket should receive the access logs?',
          option: 'bucket',
          placeholder: 'my-access-logs',
          edits: (e, value) =>
            /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value)
              ? setProperty(e, doc, res, [], 'LoggingConfiguration', {
                  DestinationBucketName: value,
                  LogFilePrefix: `${res.logicalId}/`,
                })
              : null,
        },
      });
    }
  },
});
