/**
 * Well-known ports of remote administration and data services, for "open to the internet"
 * checks of every cloud's firewall rules (AWS security groups, CloudFormation, Azure NSGs, GCP firewalls).
 */
export const ADMIN_PORTS: readonly (readonly [number, string])[] = [
  [22, 'SSH'],
  [3389, 'RDP'],
  [5985, 'WinRM'],
  [5986, 'WinRM'],
  [23, 'Telnet'],
];

export const DATABASE_PORTS: readonly (readonly [number, string])[] = [
  [3306, 'MySQL'],
  [5432, 'PostgreSQL'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [27017, 'MongoDB'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [9200, 'Elasticsearch'],
  [9042, 'Cassandra'],
  [5984, 'CouchDB'],
  [2379, 'etcd'],
];

/** Names of the listed services whose port falls in one of `ranges`, de-duplicated; '' if none. */
export function exposedServices(
  list: readonly (readonly [number, string])[],
  ranges: readonly (readonly [number, number])[],
): string {
  const hits = list.filter(([p]) => ranges.some(([f, t]) => f <= p && p <= t)).map(([, n]) => n);
  return [...new Set(hits)].join('/');
}
