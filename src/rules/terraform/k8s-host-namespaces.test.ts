import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-host-namespaces.js';

const daemonSet = (settings: string) => `resource "kubernetes_daemon_set_v1" "agent" {
  metadata {
    name      = "agent"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "agent" }
    }
    template {
      metadata {
        labels = { app = "agent" }
      }
      spec {
${settings}        container {
          name  = "agent"
          image = "registry.example/agent:3.1.0"
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
      { code: daemonSet('') },
      { code: daemonSet('        host_network = false\n        host_pid     = false\n') },
    ],
    invalid: [
      {
        name: 'all three, one written as a string',
        code: daemonSet(
          '        host_network = true\n        host_pid     = true\n        host_ipc     = "true"\n',
        ),
        errors: [
          { line: 15, message: /pod sets hostNetwork: true/ },
          { line: 16, message: /pod sets hostPID: true/ },
          { line: 17, message: /pod sets hostIPC: true/ },
        ],
        output: daemonSet(
          '        host_network = false\n        host_pid     = false\n        host_ipc     = false\n',
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
