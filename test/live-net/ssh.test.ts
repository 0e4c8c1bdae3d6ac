import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../src/rules/live-net/index.js';
import { probeNetworkEndpoint } from '../../src/sources/discovery/index.js';
import { probeSsh } from '../../src/sources/live/ssh/probe.js';
import { freePort, removeDir, tempDir, waitForPort } from '../support/servers/common.js';
import { which } from './support/servers.js';

const sshd = which('sshd');
const keygen = which('ssh-keygen');
const canRun = sshd !== undefined && keygen !== undefined && process.getuid?.() === 0;
if (!canRun && process.env['CI'] === 'true')
  throw new Error('sshd (openssh-server) and root are required for the SSH tests in CI');

const children: ChildProcess[] = [];
let dir = '';

/** Starts sshd with its own host key and config on a free loopback port. */
async function startSshd(extra: string[]): Promise<number> {
  const port = await freePort();
  const cfg = join(dir, `sshd_config_${port}`);
  writeFileSync(
    cfg,
    [
      `HostKey ${join(dir, 'hostkey')}`,
      'StrictModes no',
      'PidFile none',
      'UsePAM no',
      'ListenAddress 127.0.0.1',
      ...extra,
      '',
    ].join('\n'),
  );
  const child = spawn(sshd as string, ['-D', '-e', '-f', cfg, '-p', String(port)], { stdio: 'ignore' });
  children.push(child);
  await waitForPort(port);
  return port;
}

function ruleIds(doc: Parameters<typeof runRules>[0]): string[] {
  return [
    ...new Set(
      runRules(
        doc,
        rules.filter((r) => r.kind === doc.kind),
        () => ({}),
      ).findings.map((f) => f.ruleId),
    ),
  ].sort();
}

describe.skipIf(!canRun)('SSH probe against a real sshd', () => {
  beforeAll(() => {
    dir = tempDir('sshd');
    mkdirSync('/run/sshd', { recursive: true });
    execFileSync(keygen as string, ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'hostkey')]);
  });
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    if (dir) removeDir(dir);
  });

  it('reads banner and KEXINIT, completes key exchange and lists password methods', async () => {
    const port = await startSshd([
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication yes',
      'Ciphers aes128-ctr,aes256-ctr,aes128-cbc',
      'MACs hmac-sha2-256,hmac-sha1',
    ]);
    const doc = await probeSsh({ host: '127.0.0.1', port }, { timeoutMs: 3000 });
    expect(doc.reachable).toBe(true);
    expect(doc.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect(doc.algorithms?.ciphers).toEqual(['aes128-ctr', 'aes256-ctr', 'aes128-cbc']);
    expect(doc.authMethods).toEqual(['publickey', 'password', 'keyboard-interactive']);
    expect(doc.diagnostics).toEqual([]);
    expect(ruleIds(doc)).toEqual(['ssh/password-auth', 'ssh/weak-cipher', 'ssh/weak-mac']);
  });

  it('is quiet about a key-only server with modern algorithms (found by handshake)', async () => {
    const port = await startSshd([
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-256',
    ]);
    const r = await probeNetworkEndpoint({ host: '127.0.0.1', port }, { timeoutMs: 3000 });
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0] as Parameters<typeof runRules>[0] & { authMethods?: string[] };
    expect(doc.kind).toBe('ssh-live');
    expect(doc.authMethods).toEqual(['publickey']);
    expect(ruleIds(doc)).toEqual([]);
  });

  it('keeps banner and KEXINIT facts when the auth check cannot run', async () => {
    // No curve25519 and no aes128-ctr: the auth-methods step is skipped with a note.
    const port = await startSshd(['KexAlgorithms ecdh-sha2-nistp256', 'Ciphers aes256-gcm@openssh.com']);
    const doc = await probeSsh({ host: '127.0.0.1', port }, { timeoutMs: 3000 });
    expect(doc.reachable).toBe(true);
    expect(doc.algorithms?.kex).toEqual(['ecdh-sha2-nistp256']);
    expect(doc.authMethods).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.level)).toEqual(['note']);
  });
});
