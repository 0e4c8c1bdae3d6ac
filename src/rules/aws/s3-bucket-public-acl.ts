import { defineRule } from '../../core/rule.js';
import { hclString, replaceValue } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from './lib/report.js';

const PUBLIC_ACLS: Record<string, string> = {
  'public-read': 'anyone on the internet can list and read objects',
  'public-read-write': 'anyone on the internet can read, overwrite and delete objects',
  'authenticated-read': 'every AWS account in the world can read objects',
};

const PUBLIC_GRANTEES = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)/;

export default defineRule({
  id: 'aws/s3-bucket-public-acl',
  kind: 'terraform',
  severity: 'high',
  title: 'S3 bucket ACL grants public access',
  why: 'A canned ACL such as `public-read` or a grant to the AllUsers/AuthenticatedUsers groups makes the bucket readable (or writable) by anyone, which is how most S3 data leaks happen: backups, exports and logs found by scanners within hours.',
  fix: 'Use `acl = "private"` (or drop ACLs entirely with object ownership `BucketOwnerEnforced`) and serve public content through CloudFront with origin access control.',
  verify:
    'Run `aws s3api get-bucket-acl --bucket <name>` and check no grant names the AllUsers or AuthenticatedUsers groups.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
    'CWE-732',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const type of ['aws_s3_bucket', 'aws_s3_bucket_acl']) {
      for (const res of doc.ofType(type)) {
        const acl = res.values['acl'];
        if (typeof acl === 'string' && PUBLIC_ACLS[acl]) {
          reportResource(doc, ctx, {
            res,
            key: 'acl',
            severity: acl === 'public-read-write' ? 'critical' : 'high',
            message: `${res.address} uses the "${acl}" ACL: ${PUBLIC_ACLS[acl]}`,
            fix: (target) => {
              const attr = target.body?.attributes.find((a) => a.name === 'acl');
              return attr && !target.generated ? replaceValue(target.file, attr, hclString('private')) : null;
            },
          });
        }
        for (const policy of blocksOf(res.values, 'access_control_policy') ?? []) {
          for (const grant of blocksOf(policy, 'grant') ?? []) {
            for (const grantee of blocksOf(grant, 'grantee') ?? []) {
              const uri = grantee['uri'];
              const m = typeof uri === 'string' ? PUBLIC_GRANTEES.exec(uri) : null;
              if (!m) continue;
              reportResource(doc, ctx, {
                res,
                obj: grantee,
                key: 'uri',
                path: `grant/${m[1]}`,
                message: `${res.address} grants ${String(grant['permission'] ?? 'access')} to the ${m[1]} group`,
              });
            }
          }
        }
      }
    }
  },
});
