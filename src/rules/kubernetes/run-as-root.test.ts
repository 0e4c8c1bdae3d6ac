import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './run-as-root.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'pod-level runAsNonRoot covers every container',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: nginx:1.27
        - name: sidecar
          image: envoyproxy/envoy:v1.31.0
`,
      },
      {
        name: 'non-zero runAsUser is enough, at pod or container level',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      image: nginx:1.27
    - name: other
      image: busybox:1.36
      securityContext:
        runAsUser: 2000
        runAsNonRoot: false
`,
      },
    ],
    invalid: [
      {
        name: 'nothing set: one finding at the pod, fixed at the pod',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: app
          image: nginx:1.27
`,
        errors: [{ line: 10, message: /neither the pod nor its containers/ }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: app
          image: nginx:1.27
      securityContext:
        runAsNonRoot: true
`,
      },
      {
        name: 'one container overrides the pod with runAsNonRoot: false',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsNonRoot: false
`,
        errors: [{ line: 12, message: /container "app" sets runAsNonRoot: false/ }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsNonRoot: true
`,
      },
      {
        name: 'only the container without its own setting is reported',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsUser: 101
    - name: debug
      image: busybox:1.36
`,
        errors: [{ line: 11, message: /container "debug"/ }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsUser: 101
    - name: debug
      image: busybox:1.36
      securityContext:
        runAsNonRoot: true
`,
      },
      {
        name: 'explicit uid 0 at pod level: a suggestion, applied with the chosen uid',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: nginx:1.27
`,
        options: { uid: '10001' },
        errors: [{ line: 7, message: /runAsUser: 0/, severity: 'high' }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 10001
  containers:
    - name: app
      image: nginx:1.27
`,
      },
      {
        name: 'uid 0 in a container without a chosen uid: reported, not changed',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        runAsUser: 0
`,
        errors: [{ line: 12, message: 'container "app" runs as root (runAsUser: 0)' }],
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
