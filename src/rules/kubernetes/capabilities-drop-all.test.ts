import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './capabilities-drop-all.js';

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
        capabilities:
          drop: ["all"]
`,
      },
    ],
    invalid: [
      {
        name: 'no capabilities at all',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsNonRoot: true
`,
        errors: [{ line: 7, message: 'container "app" does not drop ALL capabilities' }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsNonRoot: true
        capabilities:
          drop:
            - ALL
`,
      },
      {
        name: 'drops only some: ALL is appended (block and flow lists)',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        capabilities:
          drop:
            - NET_RAW
    - name: side
      image: envoy:1.31
      securityContext:
        capabilities: {drop: [NET_RAW]}
`,
        errors: [{ line: 11 }, { line: 16 }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        capabilities:
          drop:
            - NET_RAW
            - ALL
    - name: side
      image: envoy:1.31
      securityContext:
        capabilities: {drop: [NET_RAW, ALL]}
`,
      },
      {
        name: 'JSON: ALL is appended quoted',
        path: 'k8s/pod.json',
        code: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
 "spec": {"containers": [{"name": "app", "image": "nginx:1.27", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}}]}}
`,
        errors: [{ line: 2 }],
        output: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
 "spec": {"containers": [{"name": "app", "image": "nginx:1.27", "securityContext": {"capabilities": {"drop": ["NET_RAW", "ALL"]}}}]}}
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
