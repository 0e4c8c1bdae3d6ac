import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './app-service-https-only.js';

const app = (type: string, extra: string) =>
  `resource "${type}" "web" {\n  name            = "web-prod"\n  service_plan_id = azurerm_service_plan.plan.id\n${extra}\n  site_config {}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: app('azurerm_linux_web_app', '  https_only      = true\n') }],
    invalid: [
      {
        name: 'missing on a Linux web app',
        code: app('azurerm_linux_web_app', ''),
        errors: [{ line: 1, message: /default false/ }],
        output: app('azurerm_linux_web_app', '  https_only      = true\n'),
      },
      {
        name: 'false on a Windows function app',
        code: app('azurerm_windows_function_app', '  https_only      = false\n'),
        errors: [{ line: 4 }],
        output: app('azurerm_windows_function_app', '  https_only      = true\n'),
      },
    ],
  },
  { path: 'main.tf' },
);
