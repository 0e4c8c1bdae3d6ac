import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './service-account-token.js';

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
  automountServiceAccountToken: false
  containers:
    - name: app
      image: app:1.0
`,
      },
      {
        name: 'the ServiceAccount declared beside the pod turns automounting off',
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      serviceAccountName: web
      containers:
        - name: app
          image: app:1.0
`,
      },
    ],
    invalid: [
      {
        name: 'default service account: medium, fixed in the pod spec',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
`,
        errors: [{ line: 7, severity: 'medium', message: /default service account token/ }],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1.0
      automountServiceAccountToken: false
`,
      },
      {
        name: 'explicit true',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  automountServiceAccountToken: true
  containers:
    - name: app
      image: app:1.0
`,
        errors: [{ line: 6 }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: app
      image: app:1.0
`,
      },
      {
        name: 'a dedicated service account is probably used on purpose: low, no automatic change',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: operator
spec:
  serviceAccountName: operator
  containers:
    - name: app
      image: operator:1.0
`,
        errors: [{ line: 5, severity: 'low', message: /service account "operator"/ }],
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
