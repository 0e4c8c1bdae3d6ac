import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './apparmor.js';

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
  annotations:
    container.apparmor.security.beta.kubernetes.io/app: runtime/default
spec:
  securityContext:
    appArmorProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx:1.27
`,
      },
    ],
    invalid: [
      {
        name: 'annotation on a Deployment template and the newer field',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/app: unconfined
    spec:
      containers:
        - name: app
          image: nginx:1.27
        - name: side
          image: envoy:1.31
          securityContext:
            appArmorProfile:
              type: Unconfined
`,
        errors: [
          { line: 9, message: /container "app" runs AppArmor-unconfined \(annotation/ },
          { line: 18, message: /container "side" runs AppArmor-unconfined/ },
        ],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/app: runtime/default
    spec:
      containers:
        - name: app
          image: nginx:1.27
        - name: side
          image: envoy:1.31
          securityContext:
            appArmorProfile:
              type: RuntimeDefault
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
