import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-memcached-udp-enabled.js';

liveRuleTester(rule, {
  valid: [
    { name: 'udp off', doc: liveDoc('memcached-live', { statsReadable: true, udpPort: 0 }) },
    { name: 'settings not readable', doc: liveDoc('memcached-live', { statsReadable: false }) },
  ],
  invalid: [
    {
      doc: liveDoc('memcached-live', { statsReadable: true, udpPort: 11211 }),
      errors: [{ message: 'memcached://127.0.0.1:11211 has UDP enabled on port 11211', severity: 'medium' }],
    },
    {
      name: 'confirmed by a UDP request',
      doc: liveDoc('memcached-live', { statsReadable: true, udpPort: 11211, udpResponds: true }),
      errors: [{ message: /answered a UDP stats request/ }],
    },
  ],
});
