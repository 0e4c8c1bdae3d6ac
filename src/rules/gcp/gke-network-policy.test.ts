import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-network-policy.js';

const gke = (extra: string) => `resource "google_container_cluster" "gke" {\n  name = "prod"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'dataplane v2', code: gke('  datapath_provider = "ADVANCED_DATAPATH"\n') },
      { name: 'autopilot', code: gke('  enable_autopilot = true\n') },
      {
        name: 'calico',
        code: gke('\n  network_policy {\n    enabled  = true\n    provider = "CALICO"\n  }\n'),
      },
    ],
    invalid: [
      { name: 'missing', code: gke(''), errors: [{ line: 1 }] },
      {
        name: 'disabled',
        code: gke('\n  network_policy {\n    enabled = false\n  }\n'),
        errors: [{ line: 5 }],
      },
    ],
  },
  { path: 'main.tf' },
);
