import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './app-service-ftps.js';

const app = (state: string) =>
  `resource "azurerm_windows_web_app" "web" {\n  name = "web-prod"\n\n  site_config {\n    ftps_state = "${state}"\n  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: app('Disabled') }, { code: app('FtpsOnly') }],
    invalid: [{ code: app('AllAllowed'), errors: [{ line: 5 }], output: app('FtpsOnly') }],
  },
  { path: 'main.tf' },
);
