import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mqtt-anonymous.js';

liveRuleTester(rule, {
  valid: [
    { name: 'not authorized', doc: liveDoc('mqtt-live', { anonymousConnack: 5 }) },
    { name: 'bad user name or password', doc: liveDoc('mqtt-live', { anonymousConnack: 4 }) },
  ],
  invalid: [
    {
      doc: liveDoc('mqtt-live', { anonymousConnack: 0, anonymousWildcard: 'refused' }),
      errors: [
        {
          message: 'mqtt://127.0.0.1:1883 accepted a CONNECT without credentials',
          severity: 'high',
          path: 'mqtt://127.0.0.1:1883/auth',
        },
      ],
    },
  ],
});
