import { defineRule } from '../../core/rule.js';
import type { TfValue } from '../../sources/parsers/terraform/values.js';
import { automountTokenProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/service-account-token.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';
import { serviceAccountAutomount } from './lib/k8s-neighbours.js';
import { nameOf } from './lib/k8s-shape.js';

export default defineRule({
  id: 'terraform/k8s-service-account-token',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes pod mounts an API token it probably does not need (Terraform kubernetes provider)',
  why: "Every pod gets a token for its service account, mounted as a file, unless it is turned off: the provider's automount_service_account_token defaults to true. Most applications never call the Kubernetes API, but an attacker who gets into the pod can use that token to explore or change the cluster with whatever rights the account has. The same check as k8s/service-account-token, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `automount_service_account_token = false` in the pod's `spec` block (or on its `kubernetes_service_account_v1`). Keep it only for pods that call the API, with a dedicated, minimal service account.",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.1.6',
    'CWE-250',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const accounts = serviceAccountAutomount(doc);
    checkTerraformPods(doc, ctx, (pod, { res, namespace }) => {
      const written = pod.spec.serviceAccountName;
      const account = written === undefined ? 'default' : nameOf(doc, res, written as TfValue);
      // An account named only at apply time: whether it is dedicated cannot be judged.
      if (account === null) return [];
      const named =
        account === written ? pod : { ...pod, spec: { ...pod.spec, serviceAccountName: account } };
      return automountTokenProblems(named, accounts.get(`${namespace}/${account}`));
    });
  },
});
