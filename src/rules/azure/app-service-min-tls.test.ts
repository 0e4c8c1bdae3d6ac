import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './app-service-min-tls.js';

const app = (site: string) =>
  `resource "azurerm_linux_web_app" "web" {\n  name       = "web-prod"\n  https_only = true\n\n  site_config {\n${site}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'default', code: app('    always_on = true\n') },
      { code: app('    minimum_tls_version = "1.2"\n') },
    ],
    invalid: [
      {
        code: app('    minimum_tls_version     = "1.0"\n    scm_minimum_tls_version = "1.1"\n'),
        errors: [{ line: 6, message: /minimum_tls_version = "1\.0"/ }, { line: 7 }],
        output: app('    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.2"\n'),
      },
      {
        name: 'legacy azurerm_app_service',
        code: 'resource "azurerm_app_service" "old" {\n  site_config {\n    min_tls_version = "1.1"\n  }\n}\n',
        errors: [{ line: 3 }],
        output:
          'resource "azurerm_app_service" "old" {\n  site_config {\n    min_tls_version = "1.2"\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
