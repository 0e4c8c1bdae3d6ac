import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-capabilities-drop-all.js';

const job = (container: string) => `resource "kubernetes_job_v1" "migrate" {
  metadata {
    name = "migrate"
  }
  spec {
    template {
      metadata {}
      spec {
        container {
          name  = "migrate"
          image = "registry.example/migrate:1.8.2"
${container}        }
        restart_policy = "Never"
      }
    }
  }
}
`;

const capabilities = (lines: string) =>
  `          security_context {\n            capabilities {\n${lines}            }\n          }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: job(capabilities('              drop = ["ALL"]\n')) },
      { name: 'lower case', code: job(capabilities('              drop = ["all"]\n')) },
    ],
    invalid: [
      {
        name: 'no security_context: the nested blocks are created',
        code: job(''),
        errors: [{ line: 10, message: /container "migrate" does not drop ALL capabilities/ }],
        output: job(capabilities('              drop = ["ALL"]\n')),
      },
      {
        name: 'drops something else: ALL is appended',
        code: job(capabilities('              drop = ["NET_RAW"]\n')),
        errors: [{ line: 14 }],
        output: job(capabilities('              drop = ["NET_RAW", "ALL"]\n')),
      },
      {
        name: 'only adds: drop is set beside add',
        code: job(capabilities('              add = ["NET_BIND_SERVICE"]\n')),
        errors: [{ line: 10 }],
        output: job(capabilities('              add = ["NET_BIND_SERVICE"]\n              drop = ["ALL"]\n')),
      },
    ],
  },
  { path: 'main.tf' },
);
