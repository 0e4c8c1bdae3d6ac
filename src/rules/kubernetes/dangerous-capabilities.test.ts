import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './dangerous-capabilities.js';

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
          drop: [ALL]
          add: [NET_BIND_SERVICE]
`,
      },
    ],
    invalid: [
      {
        name: 'the dangerous items are removed, the harmless one stays',
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
          add:
            - NET_BIND_SERVICE
            - CAP_SYS_ADMIN
            - sys_ptrace
`,
        errors: [
          { line: 13, message: /adds the SYS_ADMIN capability/, severity: 'critical' },
          { line: 14, message: /SYS_PTRACE/, severity: 'high' },
        ],
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
          add:
            - NET_BIND_SERVICE
`,
      },
      {
        name: 'a lone ALL: the add entry goes',
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
          add: ["ALL"]
          drop: ["NET_RAW"]
`,
        errors: [{ line: 11, message: /ALL/ }],
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
          drop: ["NET_RAW"]
`,
      },
      {
        name: 'JSON: items and then the emptied entry are removed with their commas',
        path: 'k8s/pod.json',
        code: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "debug"},
 "spec": {"containers": [{"name": "shell", "image": "netshoot:0.13",
   "securityContext": {"capabilities": {"add": ["SYS_ADMIN", "NET_BIND_SERVICE", "SYS_PTRACE"], "drop": ["ALL"]}}}]}}
`,
        errors: [
          { line: 3, severity: 'critical' },
          { line: 3, severity: 'high' },
        ],
        output: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "debug"},
 "spec": {"containers": [{"name": "shell", "image": "netshoot:0.13",
   "securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}}}]}}
`,
      },
    ],
  },
  { path: 'k8s/pod.yaml' },
);
