import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rbac-secrets.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: writer
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["create"]
  - apiGroups: ["external-secrets.io"]
    resources: ["secrets"]
    verbs: ["get"]
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["app-tls"]
    verbs: ["get"]
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["list"]
`,
        errors: [
          { line: 7, severity: 'high', message: /read all secrets \(cluster role\) with get, list, watch/ },
          { line: 17, severity: 'low', message: /the named secrets/ },
          { line: 21, severity: 'medium' },
        ],
      },
    ],
  },
  { path: 'k8s/rbac.yaml' },
);
