import { defineRule } from '../../core/rule.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

const PUBLIC_ACLS: Record<string, string> = {
  PublicRead: 'anyone on the internet can list and read objects',
  PublicReadWrite: 'anyone on the internet can read, overwrite and delete objects',
  AuthenticatedRead: 'every AWS account in the world can read objects',
};

export default defineRule({
  id: 'cfn/s3-bucket-public-acl',
  kind: 'cloudformation',
  severity: 'high',
  title: 'S3 bucket ACL grants public access',
  why: 'A canned ACL such as `PublicRead` makes the bucket readable (or, with `PublicReadWrite`, writable) by anyone. Most S3 data leaks are exactly this: backups, exports and logs found by scanners within hours of going public.',
  fix: 'Remove `AccessControl` (new buckets disable ACLs with `BucketOwnerEnforced`) or set it to `Private`, and serve public content through CloudFront with origin access control.',
  verify:
    'Run `aws s3api get-bucket-acl --bucket <name>` and check no grant names the AllUsers or AuthenticatedUsers groups.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-732',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
  ],
  fixable: 'suggestion',
  options: { acl: { description: 'Canned ACL to use instead (normally Private).' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::S3::Bucket')) {
      const acl = res.properties['AccessControl'];
      if (typeof acl !== 'string' || !PUBLIC_ACLS[acl]) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['AccessControl'],
        severity: acl === 'PublicReadWrite' ? 'critical' : 'high',
        message: `${res.logicalId} uses the ${acl} ACL: ${PUBLIC_ACLS[acl]}`,
        evidence: acl,
        suggest: {
          question:
            'Which canned ACL should the bucket use (a public website should move behind CloudFront)?',
          option: 'acl',
          placeholder: 'Private',
          edits: (e, value) =>
            /^[A-Za-z]+$/.test(value) && !PUBLIC_ACLS[value]
              ? setProperty(e, doc, res, [], 'AccessControl', value)
              : null,
        },
      });
    }
  },
});
