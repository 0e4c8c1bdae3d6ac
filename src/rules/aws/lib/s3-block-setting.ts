import { type AnyRule, defineRule } from '../../../core/rule.js';
import { setAttribute } from '../../../fixers/hcl-edit.js';
import { isUnknown } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from './report.js';

export type BlockSetting =
  | 'block_public_acls'
  | 'block_public_policy'
  | 'ignore_public_acls'
  | 'restrict_public_buckets';

const WHAT: Record<BlockSetting, { effect: string; why: string }> = {
  block_public_acls: {
    effect: 'new public ACLs can still be put on the bucket and its objects',
    why: 'With `block_public_acls` off, anyone who can write an object or bucket ACL can make data public, for example by uploading with `--acl public-read`; one careless upload publishes the file to the internet.',
  },
  block_public_policy: {
    effect: 'a bucket policy granting public access can still be attached',
    why: 'With `block_public_policy` off, a bucket policy that grants access to everyone (`"Principal": "*"`) is accepted; one wrong policy edit publishes the whole bucket.',
  },
  ignore_public_acls: {
    effect: 'existing public ACLs still grant access',
    why: 'With `ignore_public_acls` off, public ACLs already on the bucket or its objects keep working, so data made public in the past stays public.',
  },
  restrict_public_buckets: {
    effect: 'a public bucket policy still grants cross-account and anonymous access',
    why: 'With `restrict_public_buckets` off, a bucket that has a public policy serves anonymous and cross-account requests; this is the switch that actually stops a public policy from working.',
  },
};

/** One rule per public-access-block switch: explicit false, or missing (which means false). */
export function blockSettingRule(setting: BlockSetting): AnyRule {
  const w = WHAT[setting];
  return defineRule({
    id: `aws/s3-${setting.replace(/_/g, '-')}`,
    kind: 'terraform',
    severity: 'high',
    title: `S3 public access block does not set ${setting}`,
    why: w.why,
    fix: `Set \`${setting} = true\` in the bucket's \`aws_s3_bucket_public_access_block\` (or the account-level \`aws_s3_account_public_access_block\`).`,
    verify: `Run \`aws s3api get-public-access-block --bucket <name>\` and check ${setting.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase())} is true.`,
    references: [
      'CIS AWS Foundations Benchmark v3.0.0 2.1.4',
      'CWE-284',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
    fixable: 'auto',
    check(doc, ctx) {
      for (const type of ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block']) {
        for (const res of doc.ofType(type)) {
          const v = res.values[setting];
          if (isUnknown(v) || v === true || v === 'true') continue;
          reportResource(doc, ctx, {
            res,
            key: setting,
            message:
              v === undefined || v === null
                ? `${res.address} does not set ${setting} (defaults to false): ${w.effect}`
                : `${res.address} sets ${setting} = false: ${w.effect}`,
            fix: (target) => setAttribute(target, setting, 'true'),
          });
        }
      }
    },
  });
}
