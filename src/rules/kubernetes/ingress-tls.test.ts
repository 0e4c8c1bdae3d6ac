import { kubernetesHandler } from '../../sources/parsers/kubernetes/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ingress-tls.js';

ruleTester(
  rule,
  kubernetesHandler,
  {
    valid: [
      {
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts: [shop.example.com, "*.api.example.com"]
      secretName: web-tls
  rules:
    - host: shop.example.com
    - host: v2.api.example.com
`,
      },
      {
        name: 'TLS terminated by the AWS load balancer',
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc
spec:
  rules:
    - host: shop.example.com
`,
      },
    ],
    invalid: [
      {
        name: 'no tls at all: medium, TLS section added with the chosen Secret',
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
        options: { secretName: 'shop-tls' },
        errors: [{ line: 5, severity: 'medium', message: /serves shop\.example\.com over plain HTTP/ }],
        output: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
  tls:
    - hosts:
        - shop.example.com
      secretName: shop-tls
`,
      },
      {
        name: 'a host left out of the TLS section: low',
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: web-tls
  rules:
    - host: shop.example.com
    - host: admin.example.com
`,
        errors: [{ line: 11, severity: 'low', message: /admin\.example\.com but no TLS entry/ }],
      },
    ],
  },
  { path: 'k8s/ingress.yaml' },
);
