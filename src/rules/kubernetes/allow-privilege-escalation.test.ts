import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './allow-privilege-escalation.js';

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
        allowPrivilegeEscalation: false
`,
      },
      {
        name: 'Windows pods are out of scope',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  os:
    name: windows
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      },
    ],
    invalid: [
      {
        name: 'missing: securityContext is created under the container',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
`,
        errors: [{ line: 10, message: /container "app" does not set allowPrivilegeEscalation: false/ }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
          securityContext:
            allowPrivilegeEscalation: false
`,
      },
      {
        name: 'explicit true in a StatefulSet init container',
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
          securityContext:
            allowPrivilegeEscalation: true
            readOnlyRootFilesystem: true
      containers:
        - name: db
          image: postgres:16
          securityContext:
            allowPrivilegeEscalation: false
`,
        errors: [{ line: 12, message: 'container "init" sets allowPrivilegeEscalation: true' }],
        output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
      containers:
        - name: db
          image: postgres:16
          securityContext:
            allowPrivilegeEscalation: false
`,
      },
      {
        name: 'JSON manifest stays JSON',
        path: 'k8s/pod.json',
        code: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "web"},
  "spec": {
    "containers": [
      {
        "name": "app",
        "image": "nginx:1.27"
      },
      {"name": "side", "image": "envoy:1.31", "securityContext": {}}
    ]
  }
}
`,
        errors: [{ line: 8 }, { line: 11 }],
        output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "web"},
  "spec": {
    "containers": [
      {
        "name": "app",
        "image": "nginx:1.27",
        "securityContext": {"allowPrivilegeEscalation": false}
      },
      {"name": "side", "image": "envoy:1.31", "securityContext": {"allowPrivilegeEscalation": false}}
    ]
  }
}
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
