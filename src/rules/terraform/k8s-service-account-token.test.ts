import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-service-account-token.js';

const deployment = (spec: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
${spec}        container {
          name  = "app"
          image = "nginx:1.27"
        }
      }
    }
  }
}
`;

const account = (automount: string) => `resource "kubernetes_service_account_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
${automount}}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: deployment('        automount_service_account_token = false\n') },
      {
        name: 'the service account it references turns the token off',
        code:
          account('  automount_service_account_token = false\n') +
          deployment('        service_account_name = kubernetes_service_account_v1.web.metadata[0].name\n'),
      },
    ],
    invalid: [
      {
        name: 'left out: the provider defaults to mounting it',
        code: deployment(''),
        errors: [{ line: 11, message: /pod mounts the default service account token/ }],
        output: deployment('        automount_service_account_token = false\n'),
      },
      {
        name: 'explicit true',
        code: deployment('        automount_service_account_token = true\n'),
        errors: [{ line: 12 }],
        output: deployment('        automount_service_account_token = false\n'),
      },
      {
        name: 'a dedicated account that mounts its token: low, no automatic change',
        code:
          account('') +
          deployment('        service_account_name = kubernetes_service_account_v1.web.metadata[0].name\n'),
        errors: [{ line: 17, message: /mounts the API token of service account "web"/, severity: 'low' }],
      },
    ],
  },
  { path: 'main.tf' },
);
