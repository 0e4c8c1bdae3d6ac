import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-privileged.js';

const deployment = (sc: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
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
${sc}        }
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
      { code: deployment('') },
      { code: deployment('          security_context {\n            privileged = false\n          }\n') },
    ],
    invalid: [
      {
        name: 'deployment',
        code: deployment('          security_context {\n            privileged = true\n          }\n'),
        errors: [{ line: 15, message: /container "app" runs privileged/ }],
        output: deployment('          security_context {\n            privileged = false\n          }\n'),
      },
      {
        name: 'pod with a variable',
        code: 'variable "priv" {\n  default = true\n}\nresource "kubernetes_pod" "p" {\n  spec {\n    container {\n      name = "c"\n      security_context {\n        privileged = var.priv\n      }\n    }\n  }\n}\n',
        errors: [{ line: 9 }],
      },
    ],
  },
  { path: 'main.tf' },
);
