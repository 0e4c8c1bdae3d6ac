import { postgresConfHandler } from '../../sources/parsers/postgres/conf-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './connection-logging-off.js';

ruleTester(
  rule,
  postgresConfHandler,
  {
    valid: [
      { code: 'log_connections = on\nlog_disconnections = true\n' },
      {
        name: 'PostgreSQL 18 list form',
        code: "log_connections = 'receipt,authentication'\nlog_disconnections = on\n",
      },
      { name: 'fragments do not claim defaults', code: 'work_mem = 4MB\n', path: 'postgresql.auto.conf' },
    ],
    invalid: [
      {
        code: 'log_connections = off\nlog_disconnections = on\n',
        errors: [{ line: 1, message: 'log_connections is off' }],
        output: 'log_connections = on\nlog_disconnections = on\n',
      },
      {
        name: 'missing settings are appended',
        code: "# logging\nlog_line_prefix = '%m [%p] '",
        errors: [
          { line: 1, message: 'log_connections is not set (default off)' },
          { line: 1, message: 'log_disconnections is not set (default off)' },
        ],
        output: "# logging\nlog_line_prefix = '%m [%p] '\nlog_connections = on\nlog_disconnections = on\n",
      },
    ],
  },
  { path: 'postgresql.conf' },
);
