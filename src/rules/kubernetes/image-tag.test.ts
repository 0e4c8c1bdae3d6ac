import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './image-tag.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'tags, digests, registry ports and variables',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: a
      image: nginx:1.27.1
    - name: b
      image: registry.local:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    - name: c
      image: registry.local:5000/team/app:2024.06
    - name: d
      image: \${APP_IMAGE}
`,
      },
    ],
    invalid: [
      {
        name: 'untagged and latest; the chosen tag keeps the quoting',
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: "registry.local:5000/team/app"
        - name: side
          image: envoyproxy/envoy:latest
`,
        options: { tag: '1.4.2' },
        errors: [
          { line: 10, message: /without a tag/ },
          { line: 12, message: /mutable :latest tag/ },
        ],
        output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: "registry.local:5000/team/app:1.4.2"
        - name: side
          image: envoyproxy/envoy:1.4.2
`,
      },
      {
        name: 'pinned by digest when a digest is given',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx
`,
        options: { tag: 'sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac' },
        errors: [{ line: 8 }],
        output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
`,
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
