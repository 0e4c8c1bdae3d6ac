import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-amqp-default-guest.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'guest refused',
      doc: liveDoc('amqp-live', { product: 'RabbitMQ', version: '3.13.1', guestLogin: 'refused' }),
    },
    {
      name: 'not tried',
      doc: liveDoc('amqp-live', { product: 'RabbitMQ', defaultCredentialsChecked: false }),
    },
  ],
  invalid: [
    {
      doc: liveDoc('amqp-live', { product: 'RabbitMQ', version: '3.13.1', guestLogin: 'accepted' }),
      errors: [
        {
          message: 'amqp://127.0.0.1:5672 (RabbitMQ 3.13.1) accepted guest/guest',
          severity: 'high',
          path: 'amqp://127.0.0.1:5672/user/guest',
        },
      ],
    },
  ],
});
