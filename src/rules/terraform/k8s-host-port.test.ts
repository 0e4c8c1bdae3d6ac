import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-host-port.js';

const deployment = (podSettings: string, port: string) => `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
${podSettings}        container {
          name  = "web"
          image = "nginx:1.27"
          port {
            container_port = 8080
${port}          }
        }
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
      { code: deployment('', '') },
      {
        name: 'host networking is reported by k8s-host-namespaces instead',
        code: deployment('        host_network = true\n', '            host_port      = 8080\n'),
      },
    ],
    invalid: [
      {
        name: 'the host_port line is removed',
        code: deployment('', '            host_port      = 80\n'),
        errors: [{ line: 16, message: /container "web" binds port 80 on the node's own address/ }],
        output: deployment('', ''),
      },
    ],
  },
  { path: 'main.tf' },
);
