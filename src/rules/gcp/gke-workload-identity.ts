import { defineRule } from '../../core/rule.js';
import { hclString, insertBlock } from '../../fixers/hcl-edit.js';
import { blocksOf, type TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';

const EXPOSED = new Set(['GCE_METADATA', 'EXPOSE', 'UNSPECIFIED']);

/** `workload_metadata_config` blocks of a node_config that expose the node's metadata server. */
function exposing(nodeConfigs: readonly TfObject[]): { obj: TfObject; key: string; mode: string }[] {
  const out: { obj: TfObject; key: string; mode: string }[] = [];
  for (const nc of nodeConfigs) {
    for (const w of blocksOf(nc, 'workload_metadata_config') ?? []) {
      for (const key of ['mode', 'node_metadata']) {
        const m = w[key];
        if (typeof m === 'string' && EXPOSED.has(m)) out.push({ obj: w, key, mode: m });
      }
    }
  }
  return out;
}

export default defineRule({
  id: 'gcp/gke-workload-identity',
  kind: 'terraform',
  severity: 'medium',
  title: 'GKE workloads can use the node service account',
  why: "Without Workload Identity, every pod can call the Compute metadata server and act with the node's service account (often the broad default one) and read the node's bootstrap credentials; one compromised pod then acts with the whole node's permissions. Autopilot clusters always use Workload Identity and are not reported.",
  fix: 'Add `workload_identity_config { workload_pool = "<project-id>.svc.id.goog" }` to the cluster and keep node pools on `workload_metadata_config { mode = "GKE_METADATA" }`; then bind Kubernetes service accounts to dedicated Google service accounts.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(workloadIdentityConfig.workloadPool)"` and check it prints <project>.svc.id.goog.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.2.2',
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.4.2',
    'CWE-250',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
  ],
  fixable: 'suggestion',
  options: {
    project: { description: 'Project id whose workload pool (<project>.svc.id.goog) the cluster uses.' },
  },
  check(doc, ctx) {
    for (const res of doc.ofType('google_container_cluster')) {
      const autopilot = res.values['enable_autopilot'];
      if (isTrue(autopilot) || isUnknown(autopilot)) continue;
      const wi = blocksOf(res.values, 'workload_identity_config');
      if (wi !== null && wi.length === 0) {
        reportResource(doc, ctx, {
          res,
          key: 'workload_identity_config',
          message: `${res.address} does not enable Workload Identity: pods can use the node's service account`,
          suggest: {
            question: 'Which project id should the workload pool use?',
            option: 'project',
            placeholder: 'my-project',
            edits: (target, value) =>
              /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(value)
                ? insertBlock(target, 'workload_identity_config', [
                    ['workload_pool', hclString(`${value}.svc.id.goog`)],
                  ])
                : null,
          },
        });
      }
      reportNodes(res, blocksOf(res.values, 'node_config') ?? [], 'node_config');
      for (const pool of blocksOf(res.values, 'node_pool') ?? [])
        reportNodes(res, blocksOf(pool, 'node_config') ?? [], 'node_pool/node_config');
    }
    for (const pool of doc.ofType('google_container_node_pool'))
      reportNodes(pool, blocksOf(pool.values, 'node_config') ?? [], 'node_config');

    function reportNodes(res: TfResource, configs: readonly TfObject[], where: string) {
      for (const e of exposing(configs)) {
        reportResource(doc, ctx, {
          res,
          obj: e.obj,
          key: e.key,
          path: `${where}/workload_metadata_config/${e.key}`,
          message: `${res.address} exposes the node metadata server to pods (${e.key} = "${e.mode}")`,
        });
      }
    }
  },
});
