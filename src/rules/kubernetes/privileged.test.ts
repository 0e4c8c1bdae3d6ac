import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './privileged.js';

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
        privileged: false
`,
      },
      {
        name: 'not a workload',
        code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  privileged: "true"\n',
      },
    ],
    invalid: [
      {
        name: 'deployment container, fixed in place keeping the comment',
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
          securityContext:
            privileged: true # needed? no
`,
        errors: [{ line: 13, message: /container "app" runs privileged/, severity: 'critical' }],
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
          securityContext:
            privileged: false # needed? no
`,
      },
      {
        name: 'init container of a CronJob in the second document',
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: backup
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
            - name: prep
              image: busybox:1.36
              securityContext: {privileged: true}
          containers:
            - name: run
              image: busybox:1.36
`,
        errors: [{ line: 19 }],
        output: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: backup
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
            - name: prep
              image: busybox:1.36
              securityContext: {privileged: false}
          containers:
            - name: run
              image: busybox:1.36
`,
      },
      {
        name: 'JSON List',
        path: 'k8s/list.json',
        code: `{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
   "spec": {"containers": [{"name": "c", "image": "x:1", "securityContext": {"privileged": true}}]}}
]}
`,
        errors: [{ line: 3 }],
        output: `{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
   "spec": {"containers": [{"name": "c", "image": "x:1", "securityContext": {"privileged": false}}]}}
]}
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
