import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './read-only-root-filesystem.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: app:3.2
          securityContext:
            readOnlyRootFilesystem: true
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: app:3.2
          securityContext:
            readOnlyRootFilesystem: false
        - image: app:3.2
          args: ["--check"]
`,
        errors: [
          { line: 13, message: 'container "migrate" sets readOnlyRootFilesystem: false' },
          { line: 14, message: 'container "1" has a writable root filesystem' },
        ],
        output: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: app:3.2
          securityContext:
            readOnlyRootFilesystem: true
        - image: app:3.2
          args: ["--check"]
          securityContext:
            readOnlyRootFilesystem: true
`,
      },
    ],
  },
  { path: 'k8s/job.yaml' },
);
