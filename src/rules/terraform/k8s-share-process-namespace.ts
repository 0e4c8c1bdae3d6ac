import { defineRule } from '../../core/rule.js';
import { shareProcessNamespaceProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/share-process-namespace.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-share-process-namespace',
  kind: 'terraform',
  severity: 'low',
  title: 'Kubernetes pod shares one process namespace (Terraform kubernetes provider)',
  why: "With `share_process_namespace = true` every container of the pod sees the others' processes, can signal them and can read their environment and files through /proc. A compromised sidecar then reaches the main application's secrets. The same check as k8s/share-process-namespace, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Set `share_process_namespace = false` in the pod spec (or remove it) unless a debugging or sidecar pattern truly needs it.',
  verify: twin.verify,
  references: [
    'CWE-668',
    'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, shareProcessNamespaceProblems);
  },
});
