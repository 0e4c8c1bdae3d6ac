import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './storage-logging.js';

const bucket = (name: string, extra: string) =>
  `resource "google_storage_bucket" "${name}" {\n  name     = "acme-${name}"\n  location = "EU"\n${extra}}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        name: 'logs into a log bucket',
        code:
          bucket('data', '\n  logging {\n    log_bucket = google_storage_bucket.sink.name\n  }\n') +
          bucket('sink', ''),
      },
    ],
    invalid: [
      {
        code: bucket('data', ''),
        options: { logBucket: 'acme-access-logs' },
        errors: [{ line: 1, severity: 'low' }],
        output: bucket('data', '  logging {\n    log_bucket = "acme-access-logs"\n  }\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
