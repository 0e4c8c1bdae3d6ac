import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-nats/no-auth',
  kind: 'nats-live',
  severity: 'high',
  title: 'NATS server does not require authentication',
  why: 'The server INFO says auth_required is false: any client that reaches the port can publish and subscribe to every subject, including `>` (all traffic) and, with JetStream, read or purge streams. Services that trust messages on NATS can be fed forged requests.',
  fix: 'Configure authentication in nats-server.conf (an `authorization { users = [...] }` block, nkeys, or decentralised JWT accounts) with per-user subject permissions, and reload the server.',
  verify:
    'Connect with `nats sub ">" --server nats://<host>:<port>` without credentials: it must fail with "Authorization Violation", and the INFO line must show "auth_required":true.',
  references: [
    'CWE-306',
    'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro',
    'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/authorization',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.authRequired !== false) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} (nats-server ${doc.version ?? '?'}) does not require authentication${doc.jetstream ? '; JetStream is enabled' : ''}`,
      path: `${doc.path}/auth`,
      evidence: 'INFO auth_required: false',
    });
  },
});
