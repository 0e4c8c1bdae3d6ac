import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-read-only-root-filesystem.js';

const statefulSet = (container: string) => `resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name = "db"
  }
  spec {
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        container {
          name  = "db"
          image = "postgres:16.4"
${container}        }
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
        code: statefulSet(
          '          security_context {\n            read_only_root_filesystem = true\n          }\n',
        ),
      },
    ],
    invalid: [
      {
        name: 'left out: the provider default is writable',
        code: statefulSet(''),
        errors: [{ line: 16, message: /container "db" has a writable root filesystem/, severity: 'low' }],
        output: statefulSet(
          '          security_context {\n            read_only_root_filesystem = true\n          }\n',
        ),
      },
      {
        name: 'explicit false',
        code: statefulSet(
          '          security_context {\n            read_only_root_filesystem = false\n          }\n',
        ),
        errors: [{ line: 19, message: /sets readOnlyRootFilesystem: false/ }],
        output: statefulSet(
          '          security_context {\n            read_only_root_filesystem = true\n          }\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
