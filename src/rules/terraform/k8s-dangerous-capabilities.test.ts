import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-dangerous-capabilities.js';

const deployment = (capabilities: string) => `resource "kubernetes_deployment" "proxy" {
  metadata {
    name = "proxy"
  }
  spec {
    template {
      metadata {
        labels = { app = "proxy" }
      }
      spec {
        container {
          name  = "proxy"
          image = "registry.example/proxy:5.2.0"
          security_context {
            capabilities {
${capabilities}            }
          }
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
      { code: deployment('              drop = ["ALL"]\n              add  = ["NET_BIND_SERVICE"]\n') },
      {
        name: 'a list only known at apply time is not judged',
        code: `variable "caps" {\n  type = list(string)\n}\n${deployment('              add = var.caps\n')}`,
      },
    ],
    invalid: [
      {
        name: 'the only capability added: the attribute goes',
        code: deployment('              drop = ["ALL"]\n              add  = ["SYS_ADMIN"]\n'),
        errors: [
          { line: 17, message: /container "proxy" adds the SYS_ADMIN capability/, severity: 'critical' },
        ],
        output: deployment('              drop = ["ALL"]\n'),
      },
      {
        name: 'one of several, spelt with CAP_: only that item goes',
        code: deployment('              add = ["NET_BIND_SERVICE", "CAP_NET_ADMIN", "CHOWN"]\n'),
        errors: [{ line: 16, message: /adds the NET_ADMIN capability/, severity: 'high' }],
        output: deployment('              add = ["NET_BIND_SERVICE", "CHOWN"]\n'),
      },
      {
        name: 'a multi-line list, last item',
        code: deployment(
          '              add = [\n                "NET_BIND_SERVICE",\n                "SYS_PTRACE",\n              ]\n',
        ),
        errors: [{ line: 16, message: /adds the SYS_PTRACE capability/ }],
        output: deployment('              add = [\n                "NET_BIND_SERVICE",\n              ]\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
