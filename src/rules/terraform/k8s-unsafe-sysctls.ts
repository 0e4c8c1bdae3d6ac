import { defineRule } from '../../core/rule.js';
import { unsafeSysctlProblems } from '../kubernetes/lib/pod-checks.js';
import twin from '../kubernetes/unsafe-sysctls.js';
import { checkTerraformPods } from './lib/k8s-adapter.js';

export default defineRule({
  id: 'terraform/k8s-unsafe-sysctls',
  kind: 'terraform',
  severity: 'medium',
  title: 'Kubernetes pod sets an unsafe sysctl (Terraform kubernetes provider)',
  why: "Only a small list of kernel parameters is isolated per pod. Others change kernel behaviour for the whole node, so one pod can weaken or destabilise every workload on it (memory, networking, security limits). The same check as k8s/unsafe-sysctls, for workloads declared with Terraform's kubernetes provider.",
  fix: "Remove the `sysctl` block from the pod's `security_context`, or move the tuning to the node configuration reviewed by the platform team.",
  verify: twin.verify,
  references: [
    'CWE-250',
    'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
    'https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1',
  ],
  check(doc, ctx) {
    checkTerraformPods(doc, ctx, unsafeSysctlProblems);
  },
});
