import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-host-path.js';

const pod = (volume: string) => `resource "kubernetes_pod" "builder" {
  metadata {
    name = "builder"
  }
  spec {
    container {
      name  = "builder"
      image = "registry.example/builder:1.0.0"
    }
    volume {
      name = "work"
${volume}    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: pod('      empty_dir {}\n') }],
    invalid: [
      {
        name: 'the container runtime socket',
        code: pod('      host_path {\n        path = "/var/run/docker.sock"\n      }\n'),
        errors: [
          {
            line: 13,
            message: /mounts host path \/var\/run\/docker.sock: the container runtime socket/,
            severity: 'critical',
          },
        ],
      },
      {
        name: 'a sensitive host directory',
        code: pod(
          '      host_path {\n        path = "/etc/kubernetes"\n        type = "Directory"\n      }\n',
        ),
        errors: [{ line: 13, message: /volume "work" mounts host path \/etc\/kubernetes/, severity: 'high' }],
      },
    ],
  },
  { path: 'main.tf' },
);
