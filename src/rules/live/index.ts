import type { AnyRule } from '../../core/rule.js';
import amqpDefaultGuest from './live-amqp-default-guest.js';
import elasticsearchNoAuth from './live-elasticsearch-no-auth.js';
import memcachedNoAuth from './live-memcached-no-auth.js';
import memcachedUdpEnabled from './live-memcached-udp-enabled.js';
import mongodbNoAuth from './live-mongodb-no-auth.js';
import mqttAnonymous from './live-mqtt-anonymous.js';
import mqttWildcardSubscribe from './live-mqtt-wildcard-subscribe.js';
import mysqlAnonymousAccount from './live-mysql-anonymous-account.js';
import mysqlLocalInfile from './live-mysql-local-infile.js';
import mysqlNoTls from './live-mysql-no-tls.js';
import mysqlRemoteRoot from './live-mysql-remote-root.js';
import mysqlRootEmptyPassword from './live-mysql-root-empty-password.js';
import natsNoAuth from './live-nats-no-auth.js';
import postgresSslOff from './live-postgres-ssl-off.js';
import postgresTrustLogin from './live-postgres-trust-login.js';
import postgresWeakPasswordAuth from './live-postgres-weak-password-auth.js';
import redisConfigCommandExposed from './live-redis-config-command-exposed.js';
import redisNoAuth from './live-redis-no-auth.js';
import redisProtectedModeOff from './live-redis-protected-mode-off.js';

/** Rules over live data-service documents (probe results, see src/sources/live). */
export const rules: readonly AnyRule[] = [
  redisNoAuth,
  redisProtectedModeOff,
  redisConfigCommandExposed,
  postgresTrustLogin,
  postgresSslOff,
  postgresWeakPasswordAuth,
  mysqlRootEmptyPassword,
  mysqlAnonymousAccount,
  mysqlRemoteRoot,
  mysqlLocalInfile,
  mysqlNoTls,
  mongodbNoAuth,
  memcachedNoAuth,
  memcachedUdpEnabled,
  mqttAnonymous,
  mqttWildcardSubscribe,
  amqpDefaultGuest,
  natsNoAuth,
  elasticsearchNoAuth,
];
