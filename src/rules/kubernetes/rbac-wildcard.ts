import { defineRule } from '../../core/rule.js';
import { wildcardProblems } from './lib/rbac-checks.js';
import { reportProblems } from './lib/report.js';
import { rolesOf } from './lib/roles.js';

export default defineRule({
  id: 'k8s/rbac-wildcard',
  kind: 'kubernetes',
  severity: 'medium',
  title: 'Role grants permissions with a wildcard (*)',
  why: 'A `*` in verbs, resources or apiGroups grants everything that exists now and everything added later (new resource types, CRDs, subresources such as exec). Such a role quietly becomes far more powerful than whoever wrote it intended; `*` on both verbs and resources is as strong as cluster-admin.',
  fix: 'List the exact apiGroups, resources and verbs the subject needs instead of `*`.',
  verify:
    'Run `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<sa>` and check only the intended permissions are listed.',
  references: [
    'CIS Kubernetes Benchmark 5.1.3',
    'CWE-732',
    'https://kubernetes.io/docs/concepts/security/rbac-good-practices/',
  ],
  check(doc, ctx) {
    for (const { resource } of rolesOf(doc))
      reportProblems(ctx, resource, [], wildcardProblems(resource.value));
  },
});
