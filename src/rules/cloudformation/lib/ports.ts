/**
 * Well-known ports for the "open to the internet" rules. The Terraform rules keep their lists
 * private to their rule files, so CloudFormation keeps its own here (same services).
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
