import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-legacy-abac.js';

const gke = (v: string) =>
  `resource "google_container_cluster" "gke" {\n  name               = "prod"\n  location           = "europe-west1"\n  enable_legacy_abac = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: gke('false') }],
    invalid: [{ code: gke('true'), errors: [{ line: 4 }], output: gke('false') }],
  },
  { path: 'main.tf' },
);
