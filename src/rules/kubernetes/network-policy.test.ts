import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './network-policy.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
`,
      },
      {
        name: 'files without namespaces or workloads are not judged',
        code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
      },
    ],
    invalid: [
      {
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
`,
        errors: [
          { line: 4, severity: 'low', message: /namespace "shop" has no NetworkPolicy/ },
          { line: 21, message: /the target namespace has no NetworkPolicy/ },
        ],
      },
    ],
  },
  { path: 'k8s/app.yaml' },
);
