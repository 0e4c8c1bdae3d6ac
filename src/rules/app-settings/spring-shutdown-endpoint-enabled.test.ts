import { springHandler } from '../../sources/parsers/app-settings/spring-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './spring-shutdown-endpoint-enabled.js';

ruleTester(
  rule,
  springHandler,
  {
    valid: [
      { code: 'management.endpoint.shutdown.enabled=false\n' },
      { name: 'Boot 3.4 access none', code: 'management.endpoint.shutdown.access=none\n' },
      { name: 'other endpoints', code: 'management.endpoint.health.enabled=true\n' },
    ],
    invalid: [
      {
        code: 'management.endpoint.shutdown.enabled=true\n',
        errors: [{ line: 1, severity: 'medium' }],
        output: 'management.endpoint.shutdown.enabled=false\n',
      },
      {
        name: 'exposed over HTTP is high',
        code: 'management.endpoints.web.exposure.include=health,shutdown\nmanagement.endpoint.shutdown.enabled=true\n',
        errors: [{ line: 2, severity: 'high', message: /exposed over HTTP/ }],
        output:
          'management.endpoints.web.exposure.include=health,shutdown\nmanagement.endpoint.shutdown.enabled=false\n',
      },
      {
        name: 'YAML, Boot 3.4 access',
        path: 'application.yml',
        code: 'management:\n  endpoint:\n    shutdown:\n      access: unrestricted\n',
        errors: [{ line: 4 }],
        output: 'management:\n  endpoint:\n    shutdown:\n      access: none\n',
      },
      {
        name: 'YAML boolean',
        path: 'application.yml',
        code: 'management:\n  endpoint:\n    shutdown:\n      enabled: true\n',
        errors: [{ line: 4 }],
        output: 'management:\n  endpoint:\n    shutdown:\n      enabled: false\n',
      },
    ],
  },
  { path: 'application.properties' },
);
