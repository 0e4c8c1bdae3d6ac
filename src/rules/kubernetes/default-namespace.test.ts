import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './default-namespace.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'explicit namespace, or none (left to kubectl -n / kustomize)',
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  namespace: shop
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
`,
        options: { namespace: 'shop' },
        errors: [
          { line: 5, severity: 'low', message: 'Deployment "web" is placed in the default namespace' },
        ],
        output: `apiVersion: apps/v1
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
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
