import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-share-process-namespace.js';

const pod = (settings: string) => `resource "kubernetes_pod_v1" "app" {
  metadata {
    name = "app"
  }
  spec {
${settings}    container {
      name  = "app"
      image = "registry.example/app:3.0.2"
    }
    container {
      name  = "log-shipper"
      image = "registry.example/shipper:1.4.0"
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: pod('') }, { code: pod('    share_process_namespace = false\n') }],
    invalid: [
      {
        name: 'true becomes false',
        code: pod('    share_process_namespace = true\n'),
        errors: [{ line: 6, message: /pod sets shareProcessNamespace: true/, severity: 'low' }],
        output: pod('    share_process_namespace = false\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
