import { execFileSync } from 'node:child_process';
import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  findBinary,
  freePort,
  HOST,
  removeDir,
  systemUser,
  type TestServer,
  tempDir,
  waitForPort,
} from './common.js';

export interface PostgresTestServer extends TestServer {
  readonly dataDir: string;
}

function pgBinDir(): string | undefined {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const dir = join('/usr/lib/postgresql', v, 'bin');
      if (findBinary('pg_ctl', [dir]) === join(dir, 'pg_ctl')) return dir;
    }
  } catch {
    // not installed there
  }
  const ctl = findBinary('pg_ctl');
  return ctl ? ctl.slice(0, ctl.lastIndexOf('/')) : undefined;
}

/**
 * A throwaway PostgreSQL cluster (initdb -A trust: every local and loopback login is trusted) on a free
 * loopback port. As root it runs as the `postgres` system user, since postgres refuses root.
 */
export async function startPostgres(): Promise<PostgresTestServer | undefined> {
  const bin = pgBinDir();
  if (!bin) {
    if (process.env['CI'] === 'true')
      throw new Error('PostgreSQL server binaries are required for the live tests in CI');
    return undefined;
  }
  const dir = tempDir('pg');
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const asUser = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const run = (cmd: string, args: string[]) =>
    execFileSync(join(bin, cmd), args, {
      stdio: 'pipe',
      ...(asUser ? { uid: asUser.uid, gid: asUser.gid } : {}),
      cwd: dir,
    });
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=${HOST} -c fsync=off -c shared_buffers=16MB`;
  run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
  await waitForPort(port);
  return {
    host: HOST,
    port,
    dir,
    dataDir,
    async stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        removeDir(dir);
      }
    },
  };
}
