import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-seccomp.js';

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

const profile = (indent: string, type: string) =>
  `${indent}security_context {\n${indent}  seccomp_profile {\n${indent}    type = "${type}"\n${indent}  }\n${indent}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: pod(profile('    ', 'RuntimeDefault')) },
      { name: 'per container, Localhost', code: pod('', profile('      ', 'Localhost')) },
    ],
    invalid: [
      {
        name: 'none: RuntimeDefault is set at pod level',
        code: pod(''),
        errors: [{ line: 5, message: /pod sets no seccomp profile/ }],
        output: pod(profile('    ', 'RuntimeDefault')),
      },
      {
        name: 'a container that opts out',
        code: pod(profile('    ', 'RuntimeDefault'), profile('      ', 'Unconfined')),
        errors: [
          { line: 16, message: /container "api" runs without seccomp \(seccompProfile.type: Unconfined\)/ },
        ],
        output: pod(profile('    ', 'RuntimeDefault'), profile('      ', 'RuntimeDefault')),
      },
    ],
  },
  { path: 'main.tf' },
);
