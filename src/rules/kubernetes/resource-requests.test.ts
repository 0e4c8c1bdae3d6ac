import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './resource-requests.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'requests default to the limits',
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
    ],
    invalid: [
      {
        name: 'nothing at all',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources: {}
`,
        options: { cpu: '100m', memory: '128Mi' },
        errors: [
          { line: 9, message: 'container "app" has no cpu request', severity: 'low' },
          { line: 9, message: 'container "app" has no memory request' },
        ],
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
          cpu: 100m
          memory: 128Mi
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
