import { springHandler } from '../../sources/parsers/app-settings/spring-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './spring-actuator-exposed.js';

ruleTester(
  rule,
  springHandler,
  {
    valid: [
      { code: 'management.endpoints.web.exposure.include=health,info,prometheus\n' },
      { name: 'unset (Spring Boot exposes only health)', code: 'server.port=8080\n' },
      {
        name: 'star with every sensitive endpoint excluded',
        code: 'management.endpoints.web.exposure.include=*\nmanagement.endpoints.web.exposure.exclude=env,heapdump,threaddump,shutdown,jolokia,logfile,configprops,loggers,httptrace,httpexchanges,trace,sessions,gateway,restart,refresh,dump\n',
      },
      {
        name: 'JMX exposure is a different channel',
        code: 'management.endpoints.jmx.exposure.include=*\n',
      },
    ],
    invalid: [
      {
        code: 'server.port=8080\nmanagement.endpoints.web.exposure.include=*\n',
        errors: [{ line: 2, severity: 'high', message: /include=\*/ }],
        output: 'server.port=8080\nmanagement.endpoints.web.exposure.include=health,info\n',
      },
      {
        name: 'named sensitive endpoints: the others are kept',
        code: 'management.endpoints.web.exposure.include = health, env, prometheus, heapdump\n',
        errors: [{ line: 1, message: /env, heapdump/ }],
        output: 'management.endpoints.web.exposure.include = health,prometheus\n',
      },
      {
        name: 'YAML list',
        path: 'src/main/resources/application.yml',
        code: 'management:\n  endpoints:\n    web:\n      exposure:\n        include:\n          - health\n          - "*"\n  server:\n    port: 9090\n',
        errors: [{ line: 6 }],
        output:
          'management:\n  endpoints:\n    web:\n      exposure:\n        include:\n          - health\n          - info\n  server:\n    port: 9090\n',
      },
      {
        name: 'YAML scalar with a comment',
        path: 'application.yaml',
        code: 'management.endpoints.web.exposure.include: "*" # debug\n',
        errors: [{ line: 1 }],
        output: 'management.endpoints.web.exposure.include: health,info # debug\n',
      },
      {
        name: 'development profile or loopback management address is low',
        path: 'application-dev.properties',
        code: 'management.endpoints.web.exposure.include=*\n',
        errors: [{ line: 1, severity: 'low' }],
      },
      {
        name: 'management bound to loopback',
        code: 'management.server.address=127.0.0.1\nmanagement.endpoints.web.exposure.include=*\n',
        errors: [{ line: 2, severity: 'low' }],
      },
    ],
  },
  { path: 'src/main/resources/application.properties' },
);
