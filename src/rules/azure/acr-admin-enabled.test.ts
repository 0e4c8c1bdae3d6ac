import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './acr-admin-enabled.js';

const acr = (v: string) =>
  `resource "azurerm_container_registry" "acr" {\n  name          = "acrprod"\n  sku           = "Premium"\n  admin_enabled = ${v}\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: acr('false') },
      { name: 'default', code: 'resource "azurerm_container_registry" "acr" {\n  sku = "Basic"\n}\n' },
    ],
    invalid: [{ code: acr('true'), errors: [{ line: 4 }], output: acr('false') }],
  },
  { path: 'main.tf' },
);
