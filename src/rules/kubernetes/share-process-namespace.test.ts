import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './share-process-namespace.js';

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
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  shareProcessNamespace: true
  containers:
    - name: app
      image: nginx:1.27
`,
        errors: [{ line: 6, message: /shareProcessNamespace: true/, severity: 'low' }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  shareProcessNamespace: false
  containers:
    - name: app
      image: nginx:1.27
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
