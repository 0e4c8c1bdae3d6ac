import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './service-external-ips.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  externalIPs: []
  ports: [{port: 80}]
`,
      },
    ],
    invalid: [
      {
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
  externalIPs:
    - 198.51.100.7
`,
        errors: [{ line: 7, message: /claims external IPs 198\.51\.100\.7/ }],
      },
    ],
  },
  { path: 'k8s/svc.yaml' },
);
