import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './resource-limits.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
        limits:
          cpu: 500m
          memory: 256Mi
`,
      },
      {
        name: 'a LimitRange of the same namespace supplies defaults',
        code: `apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: shop
spec:
  limits:
    - type: Container
      default:
        cpu: 500m
        memory: 512Mi
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: nginx:1.27
`,
      },
    ],
    invalid: [
      {
        name: 'no resources: memory is medium, cpu low; suggestions applied with chosen values',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
`,
        options: { memory: '512Mi', cpu: '1' },
        errors: [
          { line: 9, message: 'container "app" has no cpu limit', severity: 'low' },
          { line: 9, message: 'container "app" has no memory limit', severity: 'medium' },
        ],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources:
            limits:
              cpu: "1"
              memory: 512Mi
`,
      },
      {
        name: 'requests only; the memory limit is added under resources',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          memory: 128Mi
        limits:
          cpu: 250m
`,
        options: { memory: '256Mi' },
        errors: [{ line: 12, message: /no memory limit/ }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          memory: 128Mi
        limits:
          cpu: 250m
          memory: 256Mi
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
