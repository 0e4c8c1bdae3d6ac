import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rbac-escalation.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: binder
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["rolebindings"]
    verbs: ["get", "list"]
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: platform
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["bind", "escalate"]
  - apiGroups: [""]
    resources: ["serviceaccounts"]
    verbs:
      - impersonate
`,
        errors: [
          { line: 8, message: /"bind" verb/ },
          { line: 8, message: /"escalate" verb/ },
          { line: 12, message: /"impersonate" verb/ },
        ],
      },
    ],
  },
  { path: 'k8s/rbac.yaml' },
);
