import { defineRule } from '../../core/rule.js';
import { isPublicStatement, policyStatements } from '../aws/lib/policy.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/s3-bucket-public-policy',
  kind: 'cloudformation',
  severity: 'critical',
  title: 'S3 bucket policy allows anyone',
  why: 'A bucket policy statement that allows `Principal: "*"` with no condition opens those actions to the whole internet, without credentials. Reading is a data leak; writing lets anyone plant or replace content (and run up your bill).',
  fix: 'Name the principals that need access (account or role ARNs), or add a Condition (`aws:SourceVpce`, `aws:PrincipalOrgID`, `aws:SourceArn` for CloudFront OAC) that narrows the statement.',
  verify: 'Run `aws s3api get-bucket-policy-status --bucket <name>` and check IsPublic is false.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-284',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::S3::BucketPolicy')) {
      const statements = policyStatements(res.properties['PolicyDocument']) ?? [];
      statements.forEach((s, i) => {
        if (!isPublicStatement(s)) return;
        const actions = s.actions ?? ['(unknown)'];
        const writes = actions.some((a) => a === '*' || /^s3:(\*|Put|Delete)/i.test(a));
        reportProperty(doc, ctx, {
          res,
          path: ['PolicyDocument', 'Statement', i],
          logical: `PolicyDocument/Statement/${String(s.raw['Sid'] ?? i)}`,
          severity: writes ? 'critical' : 'high',
          message: `${res.logicalId} lets anyone (Principal "*") ${actions.join(', ')} with no condition`,
          evidence: actions.join(', '),
        });
      });
    }
  },
});
