import { defineRule } from '../../core/rule.js';
import { namespaceKey, serviceAccountAutomount } from './lib/file-set.js';
import { automountTokenProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/service-account-token',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Pod mounts a Kubernetes API token it probably does not need',
  why: 'By default every pod gets a token for its service account, mounted as a file. Most applications never call the Kubernetes API, but an attacker who gets into the pod can use that token to explore or change the cluster with whatever rights the account has.',
  fix: 'Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount). Keep it only for pods that call the API, with a dedicated, minimal service account.',
  verify:
    'Run `kubectl exec <pod> -- ls /var/run/secrets/kubernetes.io/serviceaccount` and check the directory does not exist.',
  references: [
    'CIS Kubernetes Benchmark 5.1.6',
    'CWE-250',
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const accounts = serviceAccountAutomount(doc);
    checkPodTemplates(doc, ctx, (pod, ref) => {
      const name = pod.spec.serviceAccountName ?? pod.spec.serviceAccount ?? 'default';
      const automount = accounts.get(`${namespaceKey(ref.resource)}/${String(name)}`);
      return automountTokenProblems(pod, automount);
    });
  },
});
