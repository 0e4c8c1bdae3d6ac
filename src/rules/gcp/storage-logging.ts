import { defineRule } from '../../core/rule.js';
import { hclString, insertBlock } from '../../fixers/hcl-edit.js';
import { blocksOf, type TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';

export default defineRule({
  id: 'gcp/storage-logging',
  kind: 'terraform',
  severity: 'low',
  title: 'Cloud Storage bucket has no access logs',
  why: 'Without usage logs (or Data Access audit logs) nobody can tell afterwards who downloaded which object, so a leak through a stolen key or a public link cannot be scoped. Buckets that hold logs themselves are skipped.',
  fix: 'Add `logging { log_bucket = "<log bucket>" }` to the bucket, or enable Data Access audit logs for Cloud Storage (`google_project_iam_audit_config` with DATA_READ).',
  verify:
    'Run `gcloud storage buckets describe gs://<bucket> --format="value(logging_config)"` and check a log bucket is set.',
  references: ['CWE-778', 'https://cloud.google.com/storage/docs/access-logs'],
  fixable: 'suggestion',
  options: { logBucket: { description: 'Name of the bucket that receives access logs.' } },
  check(doc, ctx) {
    const audited = doc.ofType('google_project_iam_audit_config').length > 0;
    if (audited) return;
    for (const res of doc.ofType('google_storage_bucket')) {
      const logging = blocksOf(res.values, 'logging');
      if (logging === null || logging.length > 0) continue;
      const name = res.values['name'];
      if (typeof name === 'string' && /log/i.test(name)) continue;
      if (doc.resources.some((r) => r !== res && r.type === 'google_storage_bucket' && logsInto(r, res)))
        continue;
      reportResource(doc, ctx, {
        res,
        path: 'logging',
        message: `${res.address} does not write access logs`,
        suggest: {
          question: 'Which bucket should receive the access logs?',
          option: 'logBucket',
          placeholder: 'my-project-access-logs',
          edits: (target, value) => insertBlock(target, 'logging', [['log_bucket', hclString(value)]]),
        },
      });
    }
  },
});

/** Another bucket logging into this one makes this a log bucket. */
function logsInto(other: TfResource, target: TfResource): boolean {
  return (blocksOf(other.values, 'logging') ?? []).some((b) => {
    const lb = b['log_bucket'];
    return isUnknown(lb) ? lb.ref === target.address : lb !== undefined && lb === target.values['name'];
  });
}
