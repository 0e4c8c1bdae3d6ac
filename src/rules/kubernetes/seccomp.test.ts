import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './seccomp.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'pod-level RuntimeDefault',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx:1.27
`,
      },
      {
        name: 'legacy pod annotation and a Localhost container profile',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: runtime/default
    spec:
      containers:
        - name: app
          image: nginx:1.27
        - name: tracer
          image: tracer:1.0
          securityContext:
            seccompProfile:
              type: Localhost
              localhostProfile: profiles/tracer.json
`,
      },
    ],
    invalid: [
      {
        name: 'nothing set: added at the pod level',
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
`,
        errors: [{ line: 7, message: 'pod sets no seccomp profile, so its containers run unconfined' }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: nginx:1.27
`,
      },
      {
        name: 'Unconfined container overrides a good pod profile',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        seccompProfile:
          type: Unconfined
`,
        errors: [
          { line: 14, message: /container "app" runs without seccomp \(seccompProfile.type: Unconfined\)/ },
        ],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
      },
      {
        name: 'legacy unconfined annotation keeps its quotes',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: "unconfined"
    spec:
      containers:
        - name: app
          image: nginx:1.27
`,
        errors: [{ line: 9, message: /pod runs without seccomp/ }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: "runtime/default"
    spec:
      containers:
        - name: app
          image: nginx:1.27
`,
      },
      {
        name: 'only the container without a profile is fixed when another has its own',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        seccompProfile:
          type: RuntimeDefault
    - name: side
      image: envoy:1.31
`,
        errors: [{ line: 12, message: /container "side" sets no seccomp profile/ }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        seccompProfile:
          type: RuntimeDefault
    - name: side
      image: envoy:1.31
      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
