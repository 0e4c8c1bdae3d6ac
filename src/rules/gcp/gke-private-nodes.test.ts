import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-private-nodes.js';

const gke = (extra: string) => `resource "google_container_cluster" "gke" {\n  name = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: gke(
          '\n  private_cluster_config {\n    enable_private_nodes    = true\n    master_ipv4_cidr_block  = "172.16.0.0/28"\n  }\n',
        ),
      },
    ],
    invalid: [
      { name: 'missing', code: gke(''), errors: [{ line: 1 }] },
      {
        name: 'false',
        code: gke('\n  private_cluster_config {\n    enable_private_nodes = false\n  }\n'),
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
