import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-proc-mount.js';

const pod = (procMount: string) => `resource "kubernetes_pod_v1" "builder" {
  metadata {
    name = "builder"
  }
  spec {
    container {
      name  = "build"
      image = "registry.example/builder:1.8.0"
      security_context {
        allow_privilege_escalation = false
        proc_mount                 = "${procMount}"
      }
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: pod('Default') }],
    invalid: [
      {
        name: 'Unmasked becomes Default',
        code: pod('Unmasked'),
        errors: [{ line: 11, message: /container "build" sets procMount: Unmasked/, severity: 'high' }],
        output: pod('Default'),
      },
    ],
  },
  { path: 'main.tf' },
);
