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

/** A throwaway Mosquitto broker with the given listener options (e.g. `allow_anonymous true`). */
export async function startMosquitto(options: readonly string[]): Promise<TestServer | undefined> {
  const bin = requireBinary('mosquitto');
  if (!bin) return undefined;
  const dir = tempDir('mosquitto');
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  const user = process.getuid?.() === 0 ? ['user root'] : [];
  writeFileSync(
    conf,
    [...user, 'persistence false', 'log_dest stderr', `listener ${port} ${HOST}`, ...options, ''].join('\n'),
  );
  const spawned = spawnServer(bin, ['-c', conf]);
  await startAndWait(spawned, port, 'mosquitto');
  return {
    host: HOST,
    port,
    dir,
    async stop() {
      await stopChild(spawned.child);
      removeDir(dir);
    },
  };
}

/** A throwaway nats-server; `args` add e.g. `--user u --pass p`. */
export async function startNats(args: readonly string[] = []): Promise<TestServer | undefined> {
  const bin = requireBinary('nats-server');
  if (!bin) return undefined;
  const dir = tempDir('nats');
  const port = await freePort();
  const spawned = spawnServer(bin, ['-a', HOST, '-p', String(port), '-m', '0', ...args]);
  await startAndWait(spawned, port, 'nats-server');
  return {
    host: HOST,
    port,
    dir,
    async stop() {
      await stopChild(spawned.child);
      removeDir(dir);
    },
  };
}

/** A throwaway memcached; `udp` also opens a UDP port (separate from the TCP one). */
export async function startMemcached(
  opts: { udp?: boolean } = {},
): Promise<(TestServer & { udpPort: number }) | undefined> {
  const bin = requireBinary('memcached');
  if (!bin) return undefined;
  const dir = tempDir('memcached');
  const port = await freePort();
  const udpPort = opts.udp ? await freePort() : 0;
  const user = process.getuid?.() === 0 ? ['-u', 'root'] : [];
  const spawned = spawnServer(bin, [
    '-l',
    HOST,
    '-p',
    String(port),
    '-U',
    String(udpPort),
    '-m',
    '8',
    ...user,
  ]);
  await startAndWait(spawned, port, 'memcached');
  return {
    host: HOST,
    port,
    udpPort,
    dir,
    async stop() {
      await stopChild(spawned.child);
      removeDir(dir);
    },
  };
}
