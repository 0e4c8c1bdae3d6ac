import { defineRule } from '../../core/rule.js';
import { isTfObject, type TfValue } from '../../sources/parsers/terraform/values.js';
import { type PolicyStatement, policyStatements } from '../aws/lib/policy.js';
import { reportProperty } from './lib/report.js';
import { bucketPolicies, policiesOf } from './lib/s3.js';

/** A Deny statement for requests where aws:SecureTransport is false. */
function deniesPlainHttp(s: PolicyStatement): boolean {
  if (s.effect !== 'Deny' || !isTfObject(s.condition)) return false;
  const bool = s.condition['Bool'];
  if (!isTfObject(bool)) return false;
  const v: TfValue | undefined = bool['aws:SecureTransport'];
  return v === 'false' || v === false || (Array.isArray(v) && (v.includes('false') || v.includes(false)));
}

export default defineRule({
  id: 'cfn/s3-bucket-tls-only',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'S3 bucket policy does not deny plain HTTP',
  why: 'S3 accepts unencrypted HTTP requests unless the bucket policy refuses them. A client misconfigured to use http:// then sends data and request signatures in clear over the network.',
  fix: 'Add an `AWS::S3::BucketPolicy` statement: `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, `Resource` the bucket ARN and `<arn>/*`, `Condition: {Bool: {"aws:SecureTransport": "false"}}`.',
  verify: 'Run `curl -sI http://<bucket>.s3.amazonaws.com/<key>` and check the answer is 403.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.1',
    'CWE-319',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  ],
  check(doc, ctx) {
    const links = bucketPolicies(doc);
    if (links.unlinked) return; // some policy governs a bucket we cannot name: maybe this one
    for (const bucket of doc.ofType('AWS::S3::Bucket')) {
      const policies = policiesOf(links, bucket);
      let unknown = false;
      let ok = false;
      for (const p of policies) {
        const st = policyStatements(p.properties['PolicyDocument']);
        if (st === null) unknown = true;
        else if (st.some(deniesPlainHttp)) ok = true;
      }
      if (ok || unknown) continue;
      const on = policies[0];
      reportProperty(doc, ctx, {
        res: on ?? bucket,
        path: on ? ['PolicyDocument'] : [],
        logical: 'policy/secure-transport',
        message: on
          ? `the policy ${on.logicalId} of ${bucket.logicalId} does not deny requests without TLS (aws:SecureTransport)`
          : `${bucket.logicalId} has no bucket policy denying requests without TLS (aws:SecureTransport)`,
      });
    }
  },
});
