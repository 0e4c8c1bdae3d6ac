import { probeAmqp } from './amqp/probe.js';
import { probeElasticsearch } from './elasticsearch/probe.js';
import { probeMemcached } from './memcached/probe.js';
import { probeMongoDb } from './mongodb/probe.js';
import { probeMqtt } from './mqtt/probe.js';
import { probeMySql } from './mysql/probe.js';
import { probeNats } from './nats/probe.js';
import { probePostgres } from './postgres/probe.js';
import { probeRedis } from './redis/probe.js';
import type { LiveDocumentBase, LiveTarget, ProbeOptions } from './types.js';

export interface LiveService {
  /** Document kind the probe produces (listed in LIVE_KINDS). */
  readonly kind: string;
  /** IANA/vendor default port, used only to order identification attempts. */
  readonly defaultPort: number;
  readonly probe: (target: LiveTarget, opts: ProbeOptions) => Promise<LiveDocumentBase>;
}

/** Every data-service probe, by service name. A test checks this agrees with LIVE_KINDS. */
export const LIVE_SERVICES = {
  redis: { kind: 'redis-live', defaultPort: 6379, probe: probeRedis },
  postgres: { kind: 'postgres-live', defaultPort: 5432, probe: probePostgres },
  mysql: { kind: 'mysql-live', defaultPort: 3306, probe: probeMySql },
  mqtt: { kind: 'mqtt-live', defaultPort: 1883, probe: probeMqtt },
  amqp: { kind: 'amqp-live', defaultPort: 5672, probe: probeAmqp },
  nats: { kind: 'nats-live', defaultPort: 4222, probe: probeNats },
  memcached: { kind: 'memcached-live', defaultPort: 11211, probe: probeMemcached },
  mongodb: { kind: 'mongodb-live', defaultPort: 27017, probe: probeMongoDb },
  elasticsearch: { kind: 'elasticsearch-live', defaultPort: 9200, probe: probeElasticsearch },
} as const satisfies Record<string, LiveService>;

export type LiveServiceName = keyof typeof LIVE_SERVICES;

export function isLiveServiceName(name: string): name is LiveServiceName {
  return Object.hasOwn(LIVE_SERVICES, name);
}
