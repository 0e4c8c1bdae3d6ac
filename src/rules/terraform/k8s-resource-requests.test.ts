import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-resource-requests.js';

const deployment = (container: string, namespace = 'shop') => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "${namespace}"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "app"
          image = "nginx:1.27"
${container}        }
      }
    }
  }
}
`;

const limitRange = (defaults: string) => `resource "kubernetes_limit_range_v1" "defaults" {
  metadata {
    name      = "defaults"
    namespace = "shop"
  }
  spec {
    limit {
      type = "Container"
      ${defaults} = {
        cpu    = "100m"
        memory = "128Mi"
      }
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: deployment(
          '          resources {\n            requests = {\n              cpu    = "100m"\n              memory = "256Mi"\n            }\n          }\n',
        ),
      },
      {
        name: 'requests default to the limits',
        code: deployment(
          '          resources {\n            limits = {\n              cpu    = "500m"\n              memory = "256Mi"\n            }\n          }\n',
        ),
      },
      {
        name: 'a LimitRange of the same namespace supplies default requests',
        code: limitRange('default_request') + deployment(''),
      },
      {
        name: 'a LimitRange of the same namespace supplies default limits',
        code: limitRange('default') + deployment(''),
      },
    ],
    invalid: [
      {
        name: 'no resources: both are low; suggestions applied with chosen values',
        code: deployment(''),
        options: { memory: '128Mi', cpu: '100m' },
        errors: [
          {
            line: 13,
            message: 'kubernetes_deployment_v1.web: container "app" has no cpu request',
            severity: 'low',
          },
          {
            line: 13,
            message: 'kubernetes_deployment_v1.web: container "app" has no memory request',
            severity: 'low',
          },
        ],
        output: deployment(
          '          resources {\n            requests = {\n              cpu = "100m"\n              memory = "128Mi"\n            }\n          }\n',
        ),
      },
      {
        name: 'a LimitRange of another namespace does not count; the entry joins the map',
        code:
          limitRange('default_request') +
          deployment(
            '          resources {\n            requests = { cpu = "250m" }\n          }\n',
            'default',
          ),
        options: { memory: '256Mi' },
        errors: [{ line: 31, message: /has no memory request/ }],
        output:
          limitRange('default_request') +
          deployment(
            '          resources {\n            requests = { cpu = "250m", memory = "256Mi" }\n          }\n',
            'default',
          ),
      },
      {
        name: 'a memory limit only: the cpu request is added beside it',
        code: deployment(
          '          resources {\n            limits = {\n              memory = "512Mi"\n            }\n          }\n',
        ),
        options: { cpu: '250m' },
        errors: [{ line: 15, message: /has no cpu request/ }],
        output: deployment(
          '          resources {\n            limits = {\n              memory = "512Mi"\n            }\n            requests = {\n              cpu = "250m"\n            }\n          }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
