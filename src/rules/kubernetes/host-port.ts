import { defineRule } from '../../core/rule.js';
import { hostPortProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/host-port',
  kind: 'kubernetes',
  severity: 'medium',
  title: "Container binds a port on the node's address (hostPort)",
  why: "A hostPort opens the port on the node's own IP address, bypassing Services and most NetworkPolicies, so the pod is reachable by anything that can reach the node. It also ties the pod to nodes where that port is free.",
  fix: 'Remove `hostPort` and expose the container through a Service (ClusterIP, or a LoadBalancer/Ingress for outside traffic).',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.containers[*].ports[*].hostPort}'` and check it prints nothing.",
  references: [
    'CIS Kubernetes Benchmark 5.2.13',
    'CWE-668',
    'https://kubernetes.io/docs/concepts/configuration/overview/#services',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, hostPortProblems);
  },
});
