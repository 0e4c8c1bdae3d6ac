import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-mqtt/wildcard-subscribe',
  kind: 'mqtt-live',
  severity: 'high',
  title: 'Anonymous MQTT clients may subscribe to every topic',
  why: "The broker granted an anonymous subscription to '#', the wildcard that matches every topic. An outsider then receives every message the broker carries: sensor readings, commands, and often credentials or personal data that devices publish.",
  fix: 'Disable anonymous access (`allow_anonymous false`), or restrict it with an `acl_file` that grants anonymous clients only the topics they need (no `topic read #`).',
  verify: "Run `mosquitto_sub -h <host> -p <port> -t '#' -C 1 -W 3` without credentials: it must be refused.",
  references: ['CWE-284', 'CWE-200', 'https://mosquitto.org/man/mosquitto-conf-5.html'],
  tags: ['live', 'authorization'],
  check(doc, ctx) {
    if (doc.anonymousWildcard !== 'granted') return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} granted an anonymous subscription to '#'`,
      path: `${doc.path}/acl/anonymous/#`,
      evidence: "SUBACK granted for topic filter '#'",
    });
  },
});
