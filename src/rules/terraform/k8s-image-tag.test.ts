import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './k8s-image-tag.js';

const pod = (image: string) => `resource "kubernetes_pod_v1" "cache" {
  metadata {
    name = "cache"
  }
  spec {
    init_container {
      name  = "warmup"
      image = "busybox:1.36"
    }
    container {
      name  = "cache"
      image = "${image}"
    }
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: pod('redis:7.2.5') },
      { name: 'a digest', code: pod('redis@sha256:0123456789abcdef') },
      { name: 'a registry with a port and a tag', code: pod('registry.example:5000/cache:3.1') },
    ],
    invalid: [
      {
        name: 'no tag: pinned to the version given',
        code: pod('redis'),
        options: { tag: '7.2.5' },
        errors: [{ line: 12, message: /container "cache" uses image redis without a tag/ }],
        output: pod('redis:7.2.5'),
      },
      {
        name: ':latest',
        code: pod('registry.example:5000/cache:latest'),
        errors: [{ line: 12, message: /uses the mutable :latest tag/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
