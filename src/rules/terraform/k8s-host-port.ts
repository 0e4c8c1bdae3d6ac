import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/host-port.js';
import { hostPortProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-host-port',
  kind: 'terraform',
  severity: 'medium',
  title: "Kubernetes container binds a port on the node's address (Terraform kubernetes provider)",
  why: "A `host_port` opens the port on the node's own IP address, bypassing Services and most NetworkPolicies, so the pod is reachable by anything that can reach the node. It also ties the pod to nodes where that port is free. The same check as k8s/host-port, for workloads declared with Terraform's kubernetes provider.",
  fix: "Remove `host_port` from the container's `port` block and expose the container through a `kubernetes_service_v1` (ClusterIP, or a LoadBalancer or an ingress for outside traffic).",
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.13',
    'CWE-668',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, hostPortProblems);
  },
});
