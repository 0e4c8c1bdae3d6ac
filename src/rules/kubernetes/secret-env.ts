import { defineRule } from '../../core/rule.js';
import { secretEnvProblems } from './lib/pod-checks.js';
import { checkPodTemplates } from './lib/report.js';

export default defineRule({
  id: 'k8s/secret-env',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Credential written as a literal environment value',
  why: "A password, token or key typed into the manifest is stored in Git, in the cluster's object history and in every `kubectl get -o yaml`, readable by anyone with read access to the workload. Rotating it means editing and redeploying manifests.",
  fix: 'Store the value in a Secret and reference it: `valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}`; then rotate the exposed credential.',
  verify:
    'Run `kubectl get deploy <name> -o yaml | grep -A3 <VAR>` and check the variable uses valueFrom.secretKeyRef with no literal value; confirm the old credential no longer works.',
  references: [
    'CIS Kubernetes Benchmark 5.4.1',
    'CWE-798',
    'https://kubernetes.io/docs/concepts/configuration/secret/',
  ],
  fixable: 'suggestion',
  options: {
    secretName: {
      description: 'Name of the Secret that holds the value (the key is the variable name in kebab-case).',
    },
  },
  check(doc, ctx) {
    checkPodTemplates(doc, ctx, secretEnvProblems);
  },
});
