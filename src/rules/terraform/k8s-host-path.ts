import { defineRule } from '../../core/rule.js';
import twin from '../kubernetes/host-path.js';
import { hostPathProblems } from '../kubernetes/lib/pod-checks.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-host-path',
  kind: 'terraform',
  severity: 'high',
  title: 'Kubernetes pod mounts a directory of the node (Terraform kubernetes provider)',
  why: "A host_path volume gives the pod direct access to the node's files. Mounting the container runtime socket (docker.sock, containerd.sock) or / hands over the whole node; /etc, /proc or the kubelet's directories expose credentials and configuration of every pod on the node. The same check as k8s/host-path, for workloads declared with Terraform's kubernetes provider.",
  fix: 'Replace the `host_path` volume with a `persistent_volume_claim`, a `config_map` or `secret` volume, or an `empty_dir`. If a node agent truly needs it, mount the narrowest path, read-only, in a dedicated namespace.',
  verify: twin.verify,
  references: [
    'CIS Kubernetes Benchmark 5.2.12',
    'CWE-668',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, hostPathProblems);
  },
});
