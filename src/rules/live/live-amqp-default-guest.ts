import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-amqp/default-guest',
  kind: 'amqp-live',
  severity: 'high',
  title: 'AMQP broker accepts the default guest/guest login',
  why: "The broker accepted RabbitMQ's built-in account `guest` with password `guest`, which by default has full rights on the `/` virtual host. Anyone who can connect from where the probe ran can read and delete queued messages and publish fake ones. Default credentials tried by the probe: PLAIN `guest`/`guest` (skip with defaultCredentials: false).",
  fix: 'Delete the account (`rabbitmqctl delete_user guest`) after creating a named administrator, or at least change its password; keep `loopback_users.guest = true` in rabbitmq.conf so it can never be used remotely.',
  verify:
    'Connect with guest/guest (e.g. `rabbitmqadmin -u guest -p guest list queues`): it must fail with ACCESS_REFUSED.',
  references: [
    'CWE-1392',
    'CWE-798',
    'https://www.rabbitmq.com/docs/access-control#default-state',
    'https://www.rabbitmq.com/docs/production-checklist#security-considerations',
  ],
  tags: ['live', 'authentication', 'default-credentials'],
  check(doc, ctx) {
    if (doc.guestLogin !== 'accepted') return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} (${doc.product ?? 'AMQP'} ${doc.version ?? ''}) accepted guest/guest`.replace(
        ' )',
        ')',
      ),
      path: `${doc.path}/user/guest`,
      evidence: 'Connection.StartOk PLAIN guest/guest answered with Connection.Tune',
    });
  },
});
