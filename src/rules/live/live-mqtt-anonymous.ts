import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mqtt/anonymous',
  kind: 'mqtt-live',
  severity: 'high',
  title: 'MQTT broker accepts anonymous clients',
  why: 'The broker accepted a CONNECT without user name or password. Anyone who reaches it can publish commands to devices and services that trust the broker, and read whatever its access rules let anonymous clients see.',
  fix: 'In mosquitto.conf set `allow_anonymous false` on every listener and configure `password_file` (or another auth plugin), then restart; other brokers have an equivalent switch.',
  verify:
    'Run `mosquitto_sub -h <host> -p <port> -t test -C 1 -W 3` without credentials: it must fail with "not authorised".',
  references: [
    'CWE-306',
    'https://mosquitto.org/man/mosquitto-conf-5.html',
    'https://mosquitto.org/documentation/authentication-methods/',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.anonymousConnack !== 0) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} accepted a CONNECT without credentials`,
      path: `${doc.path}/auth`,
      evidence: 'CONNACK return code 0',
    });
  },
});
