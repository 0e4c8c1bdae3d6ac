import { isScalar } from 'yaml';
import type { EditBuilder, TextEdit } from '../../core/edit.js';
import { defineRule } from '../../core/rule.js';
import { setKey, yamlScalar } from '../../fixers/yaml-edit.js';
import type { ComposePort } from '../../sources/parsers/compose/compose-document.js';
import { isAllInterfaces, portNumbers } from '../../sources/parsers/compose/compose-syntax.js';
import type { YamlSource } from '../../sources/parsers/yaml-source.js';
import { scalarContent, servicePath } from './lib/edits.js';

/** Default ports of data stores, caches and brokers that should never face the network. */
const DATASTORES: Record<number, string> = {
  1433: 'SQL Server',
  1521: 'Oracle',
  1883: 'MQTT',
  2181: 'ZooKeeper',
  2379: 'etcd',
  3306: 'MySQL/MariaDB',
  4222: 'NATS',
  5432: 'PostgreSQL',
  5672: 'RabbitMQ (AMQP)',
  5984: 'CouchDB',
  6379: 'Redis',
  7474: 'Neo4j',
  7687: 'Neo4j (Bolt)',
  8086: 'InfluxDB',
  8529: 'ArangoDB',
  8883: 'MQTT over TLS',
  9042: 'Cassandra',
  9092: 'Kafka',
  9200: 'Elasticsearch/OpenSearch',
  9300: 'Elasticsearch transport',
  11211: 'Memcached',
  15672: 'RabbitMQ management',
  26379: 'Redis Sentinel',
  27017: 'MongoDB',
  27018: 'MongoDB',
  28015: 'RethinkDB',
};

function datastoreOf(port: ComposePort): string | undefined {
  for (const n of portNumbers(port.containerPort)) {
    const name = DATASTORES[n];
    if (name) return name;
  }
  return undefined;
}

/** The edit that binds a port to `addr`, preserving the short-syntax quoting. */
function bindEdit(e: EditBuilder, port: ComposePort, src: YamlSource, addr: string): TextEdit | null {
  if (port.style === 'long') return setKey(e, src, port.path, 'host_ip', addr);
  const span = scalarContent(src, port.path);
  if (!span || port.raw === null) return null;
  const host = addr.includes(':') ? `[${addr}]` : addr;
  const raw = src.lines.text.slice(span[0], span[1]);
  if (port.hostIp !== null) {
    // An explicit all-interfaces address leads the text: replace it.
    let ipText: string | null = null;
    if (raw.startsWith('[')) ipText = raw.slice(0, raw.indexOf(']') + 1);
    else if (raw.startsWith(`${port.hostIp}:`)) ipText = port.hostIp;
    if (!ipText) return null;
    return e.replace([span[0], span[0] + ipText.length], host);
  }
  const prefix = port.hostPort === null ? `${host}::` : `${host}:`;
  const node = src.node(port.path);
  if (isScalar(node) && typeof node.value === 'number') return e.replace(span, yamlScalar(`${prefix}${raw}`));
  return e.insertAt(span[0], prefix);
}

export default defineRule({
  id: 'compose/exposed-datastore-port',
  kind: 'compose',
  severity: 'high',
  title: 'Database, cache or broker port published on all interfaces',
  why: 'A port listed under `ports:` without a host address is published on every interface of the host, and Docker inserts its own firewall rules ahead of ufw/firewalld. A database, Redis or message broker then answers anyone who can reach the machine, and these services are scanned for and attacked within minutes, often with default or empty passwords.',
  fix: 'Bind the published port to the loopback address, e.g. `"127.0.0.1:5432:5432"` (long syntax: `host_ip: 127.0.0.1`), or remove the `ports:` entry entirely when only other services in the Compose project need it (they reach it over the Compose network by service name).',
  verify:
    'Run `docker compose ps` and check the PORTS column shows `127.0.0.1:<port>->`; from another machine, `nc -zv <host> <port>` must fail.',
  references: [
    'CIS Docker Benchmark 5.13',
    'CWE-668',
    'https://docs.docker.com/engine/network/packet-filtering-firewalls/',
    'https://docs.docker.com/reference/compose-file/services/#ports',
  ],
  fixable: 'auto',
  options: {
    'bind-address': {
      description: 'Host address to bind published data-store ports to.',
      default: '127.0.0.1',
    },
  },
  check(doc, ctx) {
    const addr = String(ctx.options['bind-address'] ?? '127.0.0.1');
    for (const svc of doc.services) {
      if (svc.networkMode?.value.trim().toLowerCase() === 'host') continue;
      for (const port of svc.ports) {
        if (port.protocol !== 'tcp') continue;
        if (port.hostIp !== null && (port.variable || !isAllInterfaces(port.hostIp))) continue;
        const store = datastoreOf(port);
        if (!store) continue;
        ctx.report({
          at: port.range,
          message: `service "${svc.name}" publishes ${store} port ${port.containerPort} on all interfaces`,
          path: servicePath(svc.name, 'ports', port.containerPort),
          evidence: port.raw ?? `target: ${port.containerPort}`,
          fix: (e) => bindEdit(e, port, doc.source, addr),
        });
      }
    }
  },
});
