import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-resource-limits.js';

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

const limitRange = `resource "kubernetes_limit_range_v1" "defaults" {
  metadata {
    name      = "defaults"
    namespace = "shop"
  }
  spec {
    limit {
      type = "Container"
      default = {
        cpu    = "500m"
        memory = "512Mi"
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
          '          resources {\n            limits = {\n              cpu    = "500m"\n              memory = "256Mi"\n            }\n          }\n',
        ),
      },
      { name: 'a LimitRange of the same namespace supplies defaults', code: limitRange + deployment('') },
      {
        name: 'the older block form of limits',
        code: deployment(
          '          resources {\n            limits {\n              cpu    = "1"\n              memory = "1Gi"\n            }\n          }\n',
        ),
      },
    ],
    invalid: [
      {
        name: 'no resources: memory is medium, cpu low; suggestions applied with chosen values',
        code: deployment(''),
        options: { memory: '512Mi', cpu: '1' },
        errors: [
          {
            line: 13,
            message: 'kubernetes_deployment_v1.web: container "app" has no cpu limit',
            severity: 'low',
          },
          {
            line: 13,
            message: 'kubernetes_deployment_v1.web: container "app" has no memory limit',
            severity: 'medium',
          },
        ],
        output: deployment(
          '          resources {\n            limits = {\n              cpu = "1"\n              memory = "512Mi"\n            }\n          }\n',
        ),
      },
      {
        name: 'a LimitRange of another namespace does not count; the entry joins the map',
        code:
          limitRange +
          deployment('          resources {\n            limits = { cpu = "1" }\n          }\n', 'default'),
        options: { memory: '256Mi' },
        errors: [{ line: 31, message: /has no memory limit/, severity: 'medium' }],
        output:
          limitRange +
          deployment(
            '          resources {\n            limits = { cpu = "1", memory = "256Mi" }\n          }\n',
            'default',
          ),
      },
      {
        name: 'requests but no limits: a limits map is added',
        code: deployment(
          '          resources {\n            requests = {\n              memory = "128Mi"\n            }\n          }\n',
        ),
        options: { memory: '256Mi', cpu: '500m' },
        errors: [{ line: 15 }, { line: 15 }],
        output: deployment(
          '          resources {\n            requests = {\n              memory = "128Mi"\n            }\n            limits = {\n              cpu = "500m"\n              memory = "256Mi"\n            }\n          }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
