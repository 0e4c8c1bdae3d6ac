import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './proc-mount.js';

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
      securityContext:
        procMount: Default
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
  hostUsers: false
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        procMount: Unmasked
`,
        errors: [{ line: 11, message: /procMount: Unmasked/ }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostUsers: false
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        procMount: Default
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
