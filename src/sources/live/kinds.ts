/** Document kinds produced by live probes (not files). Rules of these kinds run on probe results. */
export const LIVE_KINDS: readonly string[] = [
  'redis-live',
  'postgres-live',
  'mysql-live',
  'mqtt-live',
  'amqp-live',
  'nats-live',
  'memcached-live',
  'mongodb-live',
  'elasticsearch-live',
  'http-live',
  'tls-live',
  'ssh-live',
];
