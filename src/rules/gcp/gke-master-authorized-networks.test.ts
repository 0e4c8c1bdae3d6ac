import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-master-authorized-networks.js';

const gke = (extra: string) => `resource "google_container_cluster" "gke" {\n  name = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: gke(
          '\n  master_authorized_networks_config {\n    cidr_blocks {\n      cidr_block   = "10.0.0.0/8"\n      display_name = "internal"\n    }\n  }\n',
        ),
      },
      {
        name: 'private endpoint',
        code: gke('\n  private_cluster_config {\n    enable_private_endpoint = true\n  }\n'),
      },
    ],
    invalid: [{ code: gke(''), errors: [{ line: 1, severity: 'low' }] }],
  },
  { path: 'main.tf' },
);
