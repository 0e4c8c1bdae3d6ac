import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway server a test started on a loopback port. `stop()` kills it and removes its files. */
export interface TestServer {
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
}

export const HOST = '127.0.0.1';

/** Finds a free loopback TCP port (bind to 0, read, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `plumb-${prefix}-`));
}

/** Absolute path of a binary, searching PATH and extra directories; undefined when absent. */
export function findBinary(name: string, extraDirs: readonly string[] = []): string | undefined {
  for (const dir of [
    ...extraDirs,
    ...(process.env['PATH'] ?? '').split(':'),
    '/usr/sbin',
    '/usr/local/sbin',
  ]) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Skips (outside CI) or fails (in CI) when a server binary is missing: CI must install what the
 * live tests need, developers may lack some.
 */
export function requireBinary(name: string, extraDirs: readonly string[] = []): string | undefined {
  const bin = findBinary(name, extraDirs);
  if (!bin && process.env['CI'] === 'true') throw new Error(`${name} is required for the live tests in CI`);
  return bin;
}

export function waitForPort(port: number, timeoutMs = 20_000, host = HOST): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = connect({ host, port });
      s.once('connect', () => {
        s.destroy();
        resolve();
      });
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${port} did not open within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Spawns a long-running server process, collecting its output for error messages. */
export function spawnServer(
  bin: string,
  args: readonly string[],
  opts: { uid?: number; gid?: number; cwd?: string } = {},
): { child: ChildProcess; output: () => string } {
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out = (out + d.toString()).slice(-4000);
  });
  child.stderr?.on('data', (d: Buffer) => {
    out = (out + d.toString()).slice(-4000);
  });
  return { child, output: () => out };
}

/** Stops a child we started (by its pid only), waiting up to 5 s before SIGKILL. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** uid/gid of a system user, for servers that refuse to run as root (PostgreSQL). */
export function systemUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a spawned server and waits for its port; on failure, kills it and reports its output. */
export async function startAndWait(
  spawned: { child: ChildProcess; output: () => string },
  port: number,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const exited = new Promise<never>((_, reject) => {
    spawned.child.once('exit', (code) =>
      reject(new Error(`${what} exited with ${code}: ${spawned.output()}`)),
    );
  });
  try {
    await Promise.race([waitForPort(port, timeoutMs), exited]);
  } catch (e) {
    await stopChild(spawned.child);
    throw e;
  }
  exited.catch(() => undefined);
}
