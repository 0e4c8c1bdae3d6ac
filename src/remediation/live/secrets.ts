import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A random secret made only of characters every config file and protocol accepts unquoted. */
export function generateSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function secretsDir(dataDir: string): string {
  const dir = join(dataDir, 'secrets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** A file name from an endpoint and a purpose, unique per call (timestamp + random suffix). */
export function secretFileName(
  target: { host: string; port: number },
  service: string,
  purpose: string,
): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const host = target.host.replace(/[^A-Za-z0-9.]/g, '_');
  return `${service}-${host}-${target.port}-${purpose}-${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Writes `content` to `<dataDir>/secrets/<name>` with mode 0600 (atomically). Returns the path. */
export function writePrivateFile(dataDir: string, name: string, content: string): string {
  const path = join(secretsDir(dataDir), name);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return path;
}

export function readPrivateFile(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readSecret(path: string): string {
  return readFileSync(path, 'utf8').trim();
}

export function removePrivateFile(path: string): void {
  rmSync(path, { force: true });
}
