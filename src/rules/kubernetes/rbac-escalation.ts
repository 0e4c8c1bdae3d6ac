import { defineRule } from '../../core/rule.js';
import { escalationVerbProblems } from './lib/rbac-checks.js';
import { reportProblems } from './lib/report.js';
import { rolesOf } from './lib/roles.js';

export default defineRule({
  id: 'k8s/rbac-escalation',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Role grants escalate, bind or impersonate',
  why: "These verbs bypass RBAC's own safety net: `escalate` and `bind` let the holder create or bind roles with permissions it does not have, and `impersonate` lets it act as any user or service account. Each is a direct path to cluster-admin.",
  fix: 'Remove the `escalate`, `bind` and `impersonate` verbs; keep them only for tightly controlled administrative roles.',
  verify:
    'Run `kubectl auth can-i impersonate users --as=<subject>` (and `escalate roles`, `bind clusterroles`) and check each answers no.',
  references: [
    'CIS Kubernetes Benchmark 5.1.8',
    'CWE-269',
    'https://kubernetes.io/docs/concepts/security/rbac-good-practices/',
  ],
  check(doc, ctx) {
    for (const { resource } of rolesOf(doc))
      reportProblems(ctx, resource, [], escalationVerbProblems(resource.value));
  },
});
