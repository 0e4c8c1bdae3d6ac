import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-apparmor.js';

const deployment = (profile: string, securityContext = '') => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
        annotations = {
          "container.apparmor.security.beta.kubernetes.io/web" = "${profile}"
        }
      }
      spec {
        container {
          name  = "web"
          image = "nginx:1.27"
${securityContext}        }
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
      { code: deployment('runtime/default') },
      { name: 'a profile loaded on the node', code: deployment('localhost/web-restricted') },
      {
        name: 'the provider has no app_armor_profile field: not judged',
        code: deployment(
          'runtime/default',
          '          security_context {\n            app_armor_profile {\n              type = "Unconfined"\n            }\n          }\n',
        ),
      },
    ],
    invalid: [
      {
        name: 'unconfined becomes runtime/default',
        code: deployment('unconfined'),
        errors: [
          {
            line: 10,
            message:
              'kubernetes_deployment_v1.web: container "web" runs AppArmor-unconfined (annotation container.apparmor.security.beta.kubernetes.io/web)',
          },
        ],
        output: deployment('runtime/default'),
      },
    ],
  },
  { path: 'main.tf' },
);
