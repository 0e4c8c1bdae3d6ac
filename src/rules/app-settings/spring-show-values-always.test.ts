import { springHandler } from '../../sources/parsers/app-settings/spring-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './spring-show-values-always.js';

ruleTester(
  rule,
  springHandler,
  {
    valid: [
      { code: 'management.endpoint.env.show-values=WHEN_AUTHORIZED\n' },
      { code: 'management.endpoint.configprops.show-values=never\n' },
    ],
    invalid: [
      {
        code: 'management.endpoint.env.show-values=ALWAYS\n',
        errors: [{ line: 1, severity: 'medium', message: /unmasked/ }],
        output: 'management.endpoint.env.show-values=NEVER\n',
      },
      {
        name: 'YAML, relaxed binding',
        path: 'application.yml',
        code: 'management:\n  endpoint:\n    configprops:\n      showValues: always\n',
        errors: [{ line: 4 }],
        output: 'management:\n  endpoint:\n    configprops:\n      showValues: NEVER\n',
      },
    ],
  },
  { path: 'application.properties' },
);
