import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './service-exposed.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        name: 'ClusterIP, internal and source-restricted load balancers',
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: internal
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec:
  type: LoadBalancer
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: office
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ["203.0.113.0/24"]
  ports: [{port: 443}]
`,
      },
    ],
    invalid: [
      {
        name: 'NodePort, and a public load balancer restricted once the CIDRs are chosen',
        code: `apiVersion: v1
kind: Service
metadata:
  name: debug
spec:
  type: NodePort
  ports:
    - port: 80
      nodePort: 30080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 443
`,
        options: { sourceRanges: '203.0.113.0/24, 198.51.100.0/24' },
        errors: [
          { line: 6, severity: 'low', message: /opens a port on every node/ },
          { line: 16, message: /reachable from any address/ },
        ],
        output: `apiVersion: v1
kind: Service
metadata:
  name: debug
spec:
  type: NodePort
  ports:
    - port: 80
      nodePort: 30080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 443
  loadBalancerSourceRanges:
    - 203.0.113.0/24
    - 198.51.100.0/24
`,
      },
    ],
  },
  { path: 'k8s/svc.yaml' },
);
