import { springHandler } from '../../sources/parsers/app-settings/spring-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './spring-h2-console-enabled.js';

ruleTester(
  rule,
  springHandler,
  {
    valid: [
      { code: 'spring.h2.console.enabled=false\n' },
      { name: 'unset', code: 'spring.datasource.url=jdbc:h2:mem:test\n' },
    ],
    invalid: [
      {
        code: 'spring.h2.console.enabled=true\nspring.h2.console.path=/h2\n',
        errors: [{ line: 1, severity: 'high' }],
        output: 'spring.h2.console.enabled=false\nspring.h2.console.path=/h2\n',
      },
      {
        name: 'remote access is critical',
        path: 'application.yml',
        code: 'spring:\n  h2:\n    console:\n      enabled: true\n      settings:\n        web-allow-others: true\n',
        errors: [{ line: 4, severity: 'critical', message: /remote/ }],
        output:
          'spring:\n  h2:\n    console:\n      enabled: false\n      settings:\n        web-allow-others: true\n',
      },
      {
        name: 'dev profile document in a multi-document file is low',
        path: 'application.yml',
        code: 'server:\n  port: 8080\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  h2:\n    console:\n      enabled: true\n',
        errors: [{ line: 10, severity: 'low' }],
      },
    ],
  },
  { path: 'application.properties' },
);
