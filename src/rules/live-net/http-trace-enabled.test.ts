import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-trace-enabled.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [{ doc: httpDoc({ traceEnabled: false }) }],
  invalid: [
    {
      doc: httpDoc({ traceEnabled: true }),
      errors: [{ message: 'https://127.0.0.1:443 answers TRACE and echoes the request', severity: 'low' }],
    },
  ],
});
