import { defineRule } from '../../core/rule.js';
import type { TerraformDocument, TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { iamGrants, PUBLIC_MEMBERS } from './lib/iam.js';

const PUBLIC_ACL = /^(READER|WRITER|OWNER):(allUsers|allAuthenticatedUsers)$/;
const PUBLIC_PREDEFINED = new Set(['publicRead', 'publicReadWrite']);

/** The bucket an IAM/ACL resource applies to, when it is in this configuration. */
function bucketOf(doc: TerraformDocument, res: TfResource): TfResource | undefined {
  const b = res.values['bucket'];
  const buckets = doc.ofType('google_storage_bucket');
  if (isUnknown(b)) return b.ref ? buckets.find((x) => x.address === b.ref) : undefined;
  return typeof b === 'string' ? buckets.find((x) => x.values['name'] === b) : undefined;
}

function enforced(doc: TerraformDocument, res: TfResource): boolean {
  return bucketOf(doc, res)?.values['public_access_prevention'] === 'enforced';
}

export default defineRule({
  id: 'gcp/storage-public-iam',
  kind: 'terraform',
  severity: 'high',
  title: 'Cloud Storage bucket is public',
  why: 'Granting a bucket role to `allUsers` lets anyone on the internet use it without signing in; `allAuthenticatedUsers` means anyone with any Google account, which is just as public. Exports, backups and logs in such buckets are found by scanners and leak. Grants are read from `google_storage_bucket_iam_member`, `_iam_binding`, `_iam_policy` (including `google_iam_policy` data sources) and bucket ACLs.',
  fix: 'Remove `allUsers` / `allAuthenticatedUsers` from the bucket IAM resources and ACLs, grant access to specific principals, and set `public_access_prevention = "enforced"` on the bucket. Serve public content through Cloud CDN or signed URLs.',
  verify:
    'Run `gcloud storage buckets get-iam-policy gs://<bucket>` and check no binding lists allUsers or allAuthenticatedUsers.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 5.1',
    'CWE-284',
    'https://cloud.google.com/storage/docs/access-control/making-data-public',
  ],
  check(doc, ctx) {
    for (const g of iamGrants(doc, 'google_storage_bucket')) {
      if (!PUBLIC_MEMBERS.has(g.member) || enforced(doc, g.res)) continue;
      reportResource(doc, ctx, {
        res: g.at,
        obj: g.obj,
        key: g.key,
        path: `${g.role ?? 'role'}/${g.member}`,
        ...(g.member === 'allUsers' ? { severity: 'critical' as const } : {}),
        message: `${g.res.address} grants ${g.role ?? 'a role'} to ${g.member}${g.member === 'allUsers' ? ' (anyone on the internet)' : ' (anyone with a Google account)'}`,
        evidence: g.member,
      });
    }
    for (const type of ['google_storage_bucket_acl', 'google_storage_default_object_acl']) {
      for (const res of doc.ofType(type)) {
        if (enforced(doc, res)) continue;
        const entities = res.values['role_entity'];
        for (const e of Array.isArray(entities) ? entities : []) {
          const m = typeof e === 'string' ? PUBLIC_ACL.exec(e) : null;
          if (!m) continue;
          reportResource(doc, ctx, {
            res,
            key: 'role_entity',
            path: `role_entity/${m[0]}`,
            ...(m[2] === 'allUsers' ? { severity: 'critical' as const } : {}),
            message: `${res.address} grants ${m[1]} to ${m[2]}`,
            evidence: m[0],
          });
        }
        const predefined = res.values['predefined_acl'];
        if (typeof predefined === 'string' && PUBLIC_PREDEFINED.has(predefined)) {
          reportResource(doc, ctx, {
            res,
            key: 'predefined_acl',
            severity: 'critical',
            message: `${res.address} uses the "${predefined}" ACL: anyone on the internet can read the bucket`,
            evidence: predefined,
          });
        }
      }
    }
  },
});
