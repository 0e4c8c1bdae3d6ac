import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './image-pull-policy.js';

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
    - name: a
      image: nginx:1.27
      imagePullPolicy: Always
    - name: b
      image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
      imagePullPolicy: IfNotPresent
    - name: c
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
  containers:
    - name: a
      image: nginx:1.27
      imagePullPolicy: IfNotPresent
    - name: b
      image: internal/tool:2
      imagePullPolicy: Never
`,
        errors: [
          { line: 9, severity: 'info', message: /IfNotPresent/ },
          { line: 12, severity: 'low', message: /never pulls/ },
        ],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: a
      image: nginx:1.27
      imagePullPolicy: Always
    - name: b
      image: internal/tool:2
      imagePullPolicy: Always
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
