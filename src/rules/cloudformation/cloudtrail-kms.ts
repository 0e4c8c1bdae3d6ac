import { defineRule } from '../../core/rule.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/cloudtrail-kms',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'CloudTrail logs are not encrypted with a KMS key',
  why: 'CloudTrail logs describe every action in the account. With only S3-managed encryption, anyone who can read the log bucket reads them; a KMS key adds a second, separately audited permission (kms:Decrypt) that the log readers must hold.',
  fix: 'Set `KMSKeyId` on the trail to a customer managed key whose policy lets CloudTrail encrypt and your security team decrypt.',
  verify: 'Run `aws cloudtrail describe-trails --query "trailList[].KmsKeyId"` and check a key ARN is set.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 3.5',
    'CWE-311',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  ],
  fixable: 'suggestion',
  options: { keyId: { description: 'KMS key ARN or alias for the trail.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::CloudTrail::Trail')) {
      const v = res.properties['KMSKeyId'];
      if (v !== undefined && v !== null && v !== '') continue;
      reportProperty(doc, ctx, {
        res,
        path: ['KMSKeyId'],
        message: `${res.logicalId} does not encrypt its logs with a KMS key (KMSKeyId not set)`,
        suggest: {
          question: 'Which KMS key (ARN or alias) should encrypt the trail logs?',
          option: 'keyId',
          placeholder: 'alias/cloudtrail',
          edits: (e, value) =>
            /^(?:arn:|alias\/)[\w:/+=,.@-]+$/.test(value)
              ? setProperty(e, doc, res, [], 'KMSKeyId', value)
              : null,
        },
      });
    }
  },
});
