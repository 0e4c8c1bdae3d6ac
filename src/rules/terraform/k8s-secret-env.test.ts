import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-secret-env.js';

const deployment = (env: string) => `resource "kubernetes_deployment_v1" "api" {
  metadata {
    name = "api"
  }
  spec {
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        container {
          name  = "api"
          image = "registry.example/api:2.4.1"
          env {
            name  = "LOG_LEVEL"
            value = "info"
          }
          env {
            name = "DB_PASSWORD"
${env}          }
        }
      }
    }
  }
}
`;

const fromSecret = `            value_from {
              secret_key_ref {
                name = "api-db"
                key  = "db-password"
              }
            }
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: deployment(fromSecret) },
      {
        name: 'a variable is not a literal in the resource',
        code: `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n${deployment('            value = var.db_password\n')}`,
      },
    ],
    invalid: [
      {
        name: 'a literal password: replaced by a reference to the Secret named',
        code: deployment('            value = "s3cr3t-Passw0rd"\n'),
        options: { secretName: 'api-db' },
        errors: [
          {
            line: 20,
            message: /container "api" has a literal value for DB_PASSWORD; it belongs in a Secret/,
          },
        ],
        output: deployment(fromSecret),
      },
    ],
  },
  { path: 'main.tf' },
);
