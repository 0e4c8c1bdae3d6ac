import { defineRule } from '../../core/rule.js';
import { podExecProblems } from './lib/rbac-checks.js';
import { reportProblems } from './lib/report.js';
import { rolesOf } from './lib/roles.js';

export default defineRule({
  id: 'k8s/rbac-pod-exec',
  kind: 'kubernetes',
  severity: 'high',
  title: 'Role allows exec or attach into pods',
  why: "pods/exec and pods/attach let the holder run commands inside running containers, with those containers' files, secrets and service account tokens. It is a shortcut around every other permission boundary.",
  fix: 'Remove `pods/exec` and `pods/attach` from the role; grant them only to break-glass roles for named operators, in a namespaced Role.',
  verify: 'Run `kubectl auth can-i create pods/exec --as=<subject> -n <ns>` and check it answers no.',
  references: ['CWE-269', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  check(doc, ctx) {
    for (const { resource, clusterWide } of rolesOf(doc))
      reportProblems(ctx, resource, [], podExecProblems(resource.value, clusterWide));
  },
});
