import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './rbac-wildcard.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get", "list"]
`,
      },
      {
        name: 'aggregated ClusterRole rules are filled in by the controller',
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: monitoring
aggregationRule:
  clusterRoleSelectors:
    - matchLabels:
        rbac.example.com/aggregate-to-monitoring: "true"
rules: []
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: deployer
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["*"]
  - apiGroups:
      - "*"
    resources:
      - "*"
    verbs:
      - "*"
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["list"]
  - apiGroups: ["batch"]
    resources: ["*"]
    verbs: ["*"]
`,
        errors: [
          { line: 8, severity: 'medium', message: /wildcard in verbs/ },
          {
            line: 10,
            severity: 'high',
            message: /every verb on every resource \(as powerful as cluster-admin\)/,
          },
          { line: 16, severity: 'high', message: /wildcard in resources.*including reading every Secret/ },
          {
            line: 19,
            severity: 'high',
            message: 'rule grants every verb on every resource of API group(s) batch',
          },
        ],
      },
    ],
  },
  { path: 'k8s/rbac.yaml' },
);
