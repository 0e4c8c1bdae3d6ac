import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rbac-pod-exec.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: logs
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: debugger
rules:
  - apiGroups: [""]
    resources:
      - pods
      - pods/exec
    verbs: ["create"]
`,
        errors: [{ line: 9, severity: 'high', message: /allows pods\/exec/ }],
      },
    ],
  },
  { path: 'k8s/rbac.yaml' },
);
