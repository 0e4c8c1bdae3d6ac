import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secret-env.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'references, non-secret names and harmless values',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: app:1.0
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: db
              key: password
        - name: DB_PASSWORD_FILE
          value: /run/secrets/db-password
        - name: TOKEN_TTL_SECONDS
          value: "3600"
        - name: CACHE_KEY_PREFIX
          value: web
        - name: REQUIRE_TOKEN
          value: "true"
        - name: API_TOKEN
          value: $(TOKEN_FROM_INIT)
        - name: PARTITION_KEY
          value: tenant
        - name: DATABASE_URL
          value: postgres://db:5432/app
`,
      },
    ],
    invalid: [
      {
        name: 'literal password replaced by a secretKeyRef once the Secret name is chosen',
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
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              value: "hunter2"
            - name: STRIPE_API_KEY
              value: sk_live_abc123
`,
        options: { secretName: 'web-secrets' },
        errors: [
          { line: 15, message: /literal value for DB_PASSWORD/ },
          { line: 17, message: /STRIPE_API_KEY/ },
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
          image: app:1.0
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: web-secrets
                  key: db-password
            - name: STRIPE_API_KEY
              valueFrom:
                secretKeyRef:
                  name: web-secrets
                  key: stripe-api-key
`,
      },
      {
        name: 'connection string with inline credentials',
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: app:1.0
      env:
        - {name: MONGO_CONNECTION_STRING, value: "mongodb://admin:s3cret@mongo:27017"}
`,
        errors: [{ line: 10 }],
      },
    ],
  },
  { path: 'k8s/deploy.yaml' },
);
