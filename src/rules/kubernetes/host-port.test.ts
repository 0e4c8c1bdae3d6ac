import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './host-port.js';

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
      ports:
        - containerPort: 8080
          protocol: TCP
`,
      },
      {
        name: 'host networking is reported by k8s/host-namespaces instead',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
          hostPort: 8080
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
              hostPort: 80
              protocol: TCP
`,
        errors: [{ line: 14, message: /binds port 80 on the node's own address/ }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
