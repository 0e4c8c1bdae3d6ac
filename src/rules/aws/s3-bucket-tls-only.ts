import { defineRule } from '../../core/rule.js';
import { isTfObject, type TfValue } from '../../sources/parsers/terraform/values.js';
import { type PolicyStatement, policyStatements } from './lib/policy.js';
import { reportResource } from './lib/report.js';
import { bucketPolicies } from './lib/s3.js';

/** A Deny statement for requests where aws:SecureTransport is false. */
function deniesPlainHttp(s: PolicyStatement): boolean {
  if (s.effect !== 'Deny' || !isTfObject(s.condition)) return false;
  const bool = s.condition['Bool'];
  if (!isTfObject(bool)) return false;
  const v: TfValue | undefined = bool['aws:SecureTransport'];
  return v === 'false' || v === false || (Array.isArray(v) && (v.includes('false') || v.includes(false)));
}

export default defineRule({
  id: 'aws/s3-bucket-tls-only',
  kind: 'terraform',
  severity: 'medium',
  title: 'S3 bucket policy does not deny plain HTTP',
  why: 'S3 accepts unencrypted HTTP requests unless the bucket policy refuses them. Clients misconfigured to use http:// then send data and request signatures in clear over the network.',
  fix: 'Add a bucket policy statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects, Condition `{"Bool": {"aws:SecureTransport": "false"}}`.',
  verify: 'Run `curl -sI http://<bucket>.s3.amazonaws.com/<key>` and check the answer is 403 Access Denied.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.1.1',
    'CWE-319',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  ],
  check(doc, ctx) {
    for (const bucket of doc.ofType('aws_s3_bucket')) {
      const policies = bucketPolicies(doc, bucket);
      let unknown = false;
      let ok = false;
      for (const p of policies) {
        const st = policyStatements(p.value);
        if (st === null) unknown = true;
        else if (st.some(deniesPlainHttp)) ok = true;
      }
      if (ok || unknown) continue;
      const on = policies[0];
      reportResource(doc, ctx, {
        res: on?.res ?? bucket,
        ...(on ? { key: 'policy' } : {}),
        path: 'policy/secure-transport',
        message: on
          ? `the policy of ${bucket.address} does not deny requests without TLS (aws:SecureTransport)`
          : `${bucket.address} has no bucket policy denying requests without TLS (aws:SecureTransport)`,
      });
    }
  },
});
