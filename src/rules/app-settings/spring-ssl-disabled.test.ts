import { springHandler } from '../../sources/parsers/app-settings/spring-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './spring-ssl-disabled.js';

ruleTester(
  rule,
  springHandler,
  {
    valid: [
      { code: 'server.ssl.enabled=true\nserver.ssl.key-store=classpath:keystore.p12\n' },
      { name: 'unset', code: 'server.port=8080\n' },
      { name: 'local profile', path: 'application-local.properties', code: 'server.ssl.enabled=false\n' },
    ],
    invalid: [
      {
        code: 'server.port=8080\nserver.ssl.enabled=false\n',
        errors: [{ line: 2, severity: 'low', message: /plain HTTP/ }],
      },
    ],
  },
  { path: 'application.properties' },
);
