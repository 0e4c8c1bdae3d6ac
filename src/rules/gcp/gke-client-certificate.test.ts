import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-client-certificate.js';

const gke = (v: string) =>
  `resource "google_container_cluster" "gke" {\n  name = "prod"\n\n  master_auth {\n    client_certificate_config {\n      issue_client_certificate = ${v}\n    }\n  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: gke('false') },
      { name: 'default', code: 'resource "google_container_cluster" "gke" {\n  name = "prod"\n}\n' },
    ],
    invalid: [{ code: gke('true'), errors: [{ line: 6 }] }],
  },
  { path: 'main.tf' },
);
