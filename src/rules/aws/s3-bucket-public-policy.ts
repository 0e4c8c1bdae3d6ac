import { defineRule } from '../../core/rule.js';
import { isPublicStatement, policyStatements } from './lib/policy.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/s3-bucket-public-policy',
  kind: 'terraform',
  severity: 'critical',
  title: 'S3 bucket policy allows access to anyone',
  why: 'A bucket policy statement that allows `"Principal": "*"` without a condition lets anyone on the internet use the listed actions on the bucket: read every object, or worse, write and delete. Scanners find such buckets within hours.',
  fix: 'Replace `"Principal": "*"` with the specific AWS accounts or roles that need access, or add a Condition (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn). For a public website, serve it through CloudFront with origin access control.',
  verify: 'Run `aws s3api get-bucket-policy-status --bucket <name>` and check IsPublic is false.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-732',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
  ],
  check(doc, ctx) {
    const websites = new Set(doc.ofType('aws_s3_bucket_website_configuration'));
    for (const type of ['aws_s3_bucket', 'aws_s3_bucket_policy']) {
      for (const res of doc.ofType(type)) {
        const statements = policyStatements(res.values['policy']);
        const open = statements?.filter(isPublicStatement) ?? [];
        if (open.length === 0) continue;
        const actions = open.flatMap((s) => s.actions ?? ['(unknown)']);
        // A public website bucket that only serves objects is deliberate: still worth a note.
        const bucket = type === 'aws_s3_bucket' ? res : null;
        const isWebsite =
          (bucket !== null && bucket.values['website'] !== undefined) ||
          (bucket !== null &&
            doc.referencing('aws_s3_bucket_website_configuration', 'bucket', bucket).length > 0) ||
          (type === 'aws_s3_bucket_policy' &&
            [...websites].some((w) => sameBucket(w.values['bucket'], res.values['bucket'])));
        const readOnly = actions.every((a) => a === 's3:GetObject');
        reportResource(doc, ctx, {
          res,
          key: 'policy',
          ...(isWebsite && readOnly ? { severity: 'low' as const } : {}),
          message: `${res.address} allows anyone (Principal "*") to ${actions.join(', ')}${isWebsite && readOnly ? ' (static website bucket)' : ''}`,
          evidence: actions.join(', '),
        });
      }
    }
  },
});

function sameBucket(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const ra = (a as { ref?: string } | null)?.ref;
  return ra !== undefined && ra !== null && ra === (b as { ref?: string } | null)?.ref;
}
