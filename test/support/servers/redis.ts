import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

export interface RedisTestServer extends TestServer {
  readonly configFile: string;
}

/** A throwaway redis-server with a config file in a temp dir (so CONFIG REWRITE has somewhere to write). */
export async function startRedis(extraConfig: readonly string[] = []): Promise<RedisTestServer | undefined> {
  const bin = requireBinary('redis-server');
  if (!bin) return undefined;
  const dir = tempDir('redis');
  const port = await freePort();
  const configFile = join(dir, 'redis.conf');
  const lines = [
    `port ${port}`,
    `bind ${HOST}`,
    `dir ${dir}`,
    'save ""',
    'appendonly no',
    'daemonize no',
    ...extraConfig,
  ];
  writeFileSync(configFile, `${lines.join('\n')}\n`);
  const spawned = spawnServer(bin, [configFile]);
  await startAndWait(spawned, port, 'redis-server');
  return {
    host: HOST,
    port,
    dir,
    configFile,
    async stop() {
      await stopChild(spawned.child);
      removeDir(dir);
    },
  };
}
