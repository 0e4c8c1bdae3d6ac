import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-run-as-root.js';

const pod = (podLevel: string, container = '') => `resource "kubernetes_pod_v1" "api" {
  metadata {
    name = "api"
  }
  spec {
${podLevel}    container {
      name  = "api"
      image = "registry.example/api:2.4.1"
${container}    }
  }
}
`;

const podSc = (line: string) => `    security_context {\n      ${line}\n    }\n`;
const containerSc = (line: string) => `      security_context {\n        ${line}\n      }\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: pod(podSc('run_as_non_root = true')) },
      {
        name: 'run_as_user is a string in the provider schema',
        code: pod('', containerSc('run_as_user = "10001"')),
      },
      {
        name: 'a uid only known at apply time is not judged',
        code: `variable "uid" {\n  type = number\n}\n${pod(podSc('run_as_user = var.uid'))}`,
      },
    ],
    invalid: [
      {
        name: 'nothing set: the fix covers every container at pod level',
        code: pod(''),
        errors: [{ line: 5, message: /neither the pod nor its containers set runAsNonRoot: true/ }],
        output: pod(podSc('run_as_non_root = true')),
      },
      {
        name: 'explicit uid 0 in a container: replaced by the uid given',
        code: pod(podSc('run_as_non_root = true'), containerSc('run_as_user = 0')),
        options: { uid: '10001' },
        errors: [
          {
            line: 13,
            message: 'kubernetes_pod_v1.api: container "api" runs as root (runAsUser: 0)',
            severity: 'high',
          },
        ],
        output: pod(podSc('run_as_non_root = true'), containerSc('run_as_user = 10001')),
      },
      {
        name: 'uid "0" as a string at pod level',
        code: pod(podSc('run_as_user = "0"')),
        errors: [{ line: 7, message: /pod runs its containers as root/, severity: 'high' }],
      },
      {
        name: 'run_as_non_root = false',
        code: pod(podSc('run_as_non_root = false')),
        errors: [{ line: 7, message: /pod sets runAsNonRoot: false/ }],
        output: pod(podSc('run_as_non_root = true')),
      },
    ],
  },
  { path: 'main.tf' },
);
