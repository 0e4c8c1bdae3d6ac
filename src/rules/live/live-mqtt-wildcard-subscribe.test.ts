import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-mqtt-wildcard-subscribe.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'ACL refuses #',
      doc: liveDoc('mqtt-live', { anonymousConnack: 0, anonymousWildcard: 'refused' }),
    },
    { name: 'anonymous refused', doc: liveDoc('mqtt-live', { anonymousConnack: 5 }) },
  ],
  invalid: [
    {
      doc: liveDoc('mqtt-live', { anonymousConnack: 0, anonymousWildcard: 'granted' }),
      errors: [
        { message: "mqtt://127.0.0.1:1883 granted an anonymous subscription to '#'", severity: 'high' },
      ],
    },
  ],
});
