import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/host-namespaces.js';
import { hostNamespaceProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-host-namespaces',
  kind: 'terraform',
  severity: 'high',
  title: "Kubernetes pod shares the node's network, process or IPC namespace (Terraform kubernetes provider)",
  why: "host_network, host_pid and host_ipc remove the walls between the pod and the node: the pod can reach services that only listen on the node, see and signal every process on it (including other pods'), or read shared memory. A compromised pod then attacks the node directly. The same check as k8s/host-namespaces, for workloads declared with Terraform's kubernetes provider.",
  fix: "Set `host_network`, `host_pid` and `host_ipc` to false in the pod's `spec` block (or remove them). Expose ports through a `kubernetes_service_v1` instead of the host network.",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.3',
    'CIS Kubernetes Benchmark 5.2.4',
    'CIS Kubernetes Benchmark 5.2.5',
    'CWE-668',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, hostNamespaceProblems);
  },
});
