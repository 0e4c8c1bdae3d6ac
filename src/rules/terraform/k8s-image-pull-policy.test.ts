import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-image-pull-policy.js';

const container = (name: string, image: string, policy: string) =>
  `    container {\n      name              = "${name}"\n      image             = "${image}"\n      image_pull_policy = "${policy}"\n    }\n`;

const pod = (containers: string) => `resource "kubernetes_pod_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
${containers}  }
}
`;

const DIGEST = 'nginx@sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: pod(container('web', 'nginx:1.27', 'Always')) },
      { name: 'IfNotPresent is safe with a digest', code: pod(container('web', DIGEST, 'IfNotPresent')) },
    ],
    invalid: [
      {
        name: 'IfNotPresent with a tag is info, Never low; both become Always',
        code: pod(
          container('web', 'nginx:1.27', 'IfNotPresent') +
            container('proxy', 'envoyproxy/envoy:v1.31.0', 'Never'),
        ),
        errors: [
          {
            line: 9,
            message: /container "web" reuses a cached nginx:1\.27 without checking/,
            severity: 'info',
          },
          { line: 14, message: /container "proxy" never pulls envoyproxy\/envoy:v1\.31\.0/, severity: 'low' },
        ],
        output: pod(
          container('web', 'nginx:1.27', 'Always') + container('proxy', 'envoyproxy/envoy:v1.31.0', 'Always'),
        ),
      },
    ],
  },
  { path: 'main.tf' },
);
