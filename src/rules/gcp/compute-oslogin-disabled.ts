import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import type { TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import type { TfObject } from '../../sources/parsers/terraform/values.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { setMapEntry } from './lib/hcl.js';
import { INSTANCE_TYPES, metaBool, metadataOf } from './lib/metadata.js';

const KEY = 'enable-oslogin';

export default defineRule({
  id: 'gcp/compute-oslogin-disabled',
  kind: 'terraform',
  severity: 'medium',
  title: 'OS Login is turned off',
  why: "Without OS Login, SSH access is managed with keys pasted into instance or project metadata: they never expire, are not tied to a person's Google identity, survive employees leaving and are not covered by 2-step verification. An explicit `enable-oslogin = FALSE` is reported at medium; an authoritative `google_compute_project_metadata` that leaves the key out is reported at low.",
  fix: 'Set `enable-oslogin = "TRUE"` in `google_compute_project_metadata` (or `google_compute_project_metadata_item`) and remove `enable-oslogin = "FALSE"` overrides from instances; grant `roles/compute.osLogin` to the people who need SSH.',
  verify:
    'Run `gcloud compute project-info describe --format="value(commonInstanceMetadata.items)"` and check enable-oslogin is TRUE.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.4',
    'CWE-287',
    'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const mapFinding = (res: TfResource, meta: TfObject, severityLow: boolean, what: string) =>
      reportResource(doc, ctx, {
        res,
        obj: meta,
        key: KEY,
        path: `metadata/${KEY}`,
        ...(severityLow ? { severity: 'low' as const } : {}),
        message: `${res.address} ${what}`,
        fix: () => {
          const target = doc.locate(res.values);
          return target ? setMapEntry(target, 'metadata', KEY, '"TRUE"') : null;
        },
      });
    for (const res of resourcesOf(doc, INSTANCE_TYPES)) {
      const meta = metadataOf(res.values);
      if (meta && metaBool(meta[KEY]) === false) mapFinding(res, meta, false, 'turns OS Login off');
    }
    for (const res of doc.ofType('google_compute_project_metadata')) {
      const meta = metadataOf(res.values);
      if (!meta) continue;
      const v = meta[KEY];
      if (metaBool(v) === false) mapFinding(res, meta, false, 'turns OS Login off for the project');
      else if (v === undefined) mapFinding(res, meta, true, 'does not enable OS Login for the project');
    }
    for (const res of doc.ofType('google_compute_project_metadata_item')) {
      if (res.values['key'] !== KEY || metaBool(res.values['value']) !== false) continue;
      reportResource(doc, ctx, {
        res,
        key: 'value',
        message: `${res.address} turns OS Login off for the project`,
        fix: (target) => setAttribute(target, 'value', hclString('TRUE')),
      });
    }
  },
});
