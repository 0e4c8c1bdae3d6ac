import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { MySqlConnection } from '../../../src/sources/live/mysql/mysql-wire.js';
import {
  freePort,
  HOST,
  removeDir,
  requireBinary,
  spawnServer,
  startAndWait,
  stopChild,
  type TestServer,
  tempDir,
} from './common.js';

/**
 * A throwaway MariaDB (or MySQL-compatible mariadbd) on a free loopback port. Installed with
 * `--auth-root-authentication-method=normal`, so root@localhost has an empty password, like many
 * hand-made installs. `seed` statements run as that root over TCP.
 */
export async function startMariaDb(seed: readonly string[] = []): Promise<TestServer | undefined> {
  const server = requireBinary('mariadbd') ?? requireBinary('mysqld');
  const install = requireBinary('mariadb-install-db') ?? requireBinary('mysql_install_db');
  if (!server || !install) return undefined;
  const dir = tempDir('mariadb');
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    install,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot,
    ],
    { stdio: 'pipe' },
  );
  const spawned = spawnServer(server, [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--port=${port}`,
    `--bind-address=${HOST}`,
    `--socket=${join(dir, 'mysqld.sock')}`,
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    '--skip-log-bin',
    '--innodb-buffer-pool-size=16M',
    '--skip-innodb-doublewrite',
    '--innodb-flush-log-at-trx-commit=0',
    ...asRoot,
  ]);
  await startAndWait(spawned, port, 'mariadbd', 30_000);
  const stop = async () => {
    await stopChild(spawned.child);
    removeDir(dir);
  };
  try {
    if (seed.length > 0) {
      const conn = await MySqlConnection.open({ host: HOST, port }, `mysql://${HOST}:${port}`, 5000);
      try {
        const login = await conn.login('root', '');
        if (login.status !== 'ok') throw new Error(`seeding MariaDB: ${login.message}`);
        for (const sql of seed) await conn.query(sql);
      } finally {
        conn.close();
      }
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { host: HOST, port, dir, stop };
}
