import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-shielded-nodes.js';

const gke = (v: string) =>
  `resource "google_container_cluster" "gke" {\n  name                  = "prod"\n  enable_shielded_nodes = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: gke('true') },
      { name: 'default', code: 'resource "google_container_cluster" "gke" {\n  name = "prod"\n}\n' },
    ],
    invalid: [{ code: gke('false'), errors: [{ line: 3 }], output: gke('true') }],
  },
  { path: 'main.tf' },
);
