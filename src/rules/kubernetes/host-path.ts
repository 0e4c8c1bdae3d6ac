import { defineRule } from '../../core/rule.js';
import { hostPathProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/host-path',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Pod mounts a directory of the node (hostPath)',
  why: "A hostPath volume gives the pod direct access to the node's files. Mounting the container runtime socket (docker.sock, containerd.sock) or `/` hands over the whole node; /etc, /proc or the kubelet's directories expose credentials and configuration of every pod on the node.",
  fix: 'Replace the hostPath volume with a PersistentVolumeClaim, a ConfigMap/Secret, or an emptyDir. If a node agent truly needs it, mount the narrowest path, read-only, in a dedicated namespace.',
  verify:
    "Run `kubectl get pod <pod> -o jsonpath='{.spec.volumes[*].hostPath}'` and check it is empty (or only the narrow, reviewed path).",
  references: [
    'CIS Kubernetes Benchmark 5.2.12',
    'CWE-668',
    'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  ],
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, hostPathProblems);
  },
});
