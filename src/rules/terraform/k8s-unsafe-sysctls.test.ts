import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-unsafe-sysctls.js';

const pod = (name: string) => `resource "kubernetes_pod_v1" "cache" {
  metadata {
    name = "cache"
  }
  spec {
    security_context {
      sysctl {
        name  = "net.ipv4.ip_local_port_range"
        value = "1024 65535"
      }
      sysctl {
        name  = "${name}"
        value = "65536"
      }
    }
    container {
      name  = "cache"
      image = "redis:7.4"
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ name: 'only sysctls isolated per pod', code: pod('net.ipv4.tcp_keepalive_time') }],
    invalid: [
      {
        name: 'a node-wide kernel parameter (no automatic fix: the tuning may be needed)',
        code: pod('kernel.msgmax'),
        errors: [{ line: 12, message: /pod sets the unsafe sysctl kernel\.msgmax/, severity: 'medium' }],
      },
    ],
  },
  { path: 'main.tf' },
);
