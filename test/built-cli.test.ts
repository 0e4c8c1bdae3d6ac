import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/engine/scan.js';
import { RULES } from '../src/rules/index.js';
import { freePort, HOST, tempDir, waitForPort } from './support/servers/common.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'plumb.js');
// What `npx plumb` runs: the bundled CLI (scripts/bundle.js). The other CLI tests run the sources.
const BUILT = existsSync(join(ROOT, 'dist', 'bundle', 'run.js'));

function plumb(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
}

function requireBuild(): boolean {
  if (BUILT) return true;
  if (process.env.CI === 'true') throw new Error('dist/bundle is missing: npm ci builds it');
  return false;
}

describe('the built CLI', () => {
  it('reports the package version and the whole rule catalogue', () => {
    if (!requireBuild()) return;
    const version = plumb(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const list = plumb(['rules', 'list']);
    expect(list.status).toBe(0);
    for (const rule of RULES) expect(list.stdout).toContain(rule.id);
    expect(list.stdout).toContain(`${RULES.length} rules`);
  });

  it('scans like the engine it was built from', { timeout: 120_000 }, async () => {
    if (!requireBuild()) return;
    const r = plumb(['scan', 'examples', '-f', 'json', '--fail-on', 'none']);
    expect(r.status, r.stderr).toBe(0);
    const built = JSON.parse(r.stdout) as { findings: { fingerprint: string }[] };
    const direct = await scan({ paths: ['examples'], cwd: ROOT });
    expect(built.findings.map((f) => f.fingerprint).sort()).toEqual(
      direct.findings.map((f) => f.fingerprint).sort(),
    );
  });

  it('starts scan workers from the code cache the build wrote', { timeout: 60_000 }, () => {
    if (!requireBuild()) return;
    // In a process tuned like bin/plumb.js: V8 takes a code cache only under the same flags.
    const probe = `
      const { tuneForBatch } = await import(${JSON.stringify(join(ROOT, 'dist', 'engine', 'v8-tuning.js'))});
      tuneForBatch();
      const { Worker } = await import('node:worker_threads');
      const w = new Worker(${JSON.stringify(join(ROOT, 'dist', 'engine', 'cached-worker.js'))}, {
        execArgv: [],
        workerData: { selection: { disabled: [], options: {} }, options: { maxFileSize: 1e6, cwd: '.' }, varFiles: [], reportCodeCache: true },
      });
      w.on('message', (m) => { console.log(JSON.stringify(m)); w.terminate(); });`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ codeCacheRejected: false });
  });

  it('serves the dashboard and the API', { timeout: 60_000 }, async () => {
    if (!requireBuild()) return;
    const port = await freePort();
    const token = 'plb_builtclitest_0123456789abcdefghijklmnop';
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--host', HOST, '--port', String(port), '--data-dir', tempDir('plumb-built-')],
      { cwd: ROOT, env: { ...process.env, PLUMB_ADMIN_TOKEN: token }, stdio: 'ignore' },
    );
    try {
      await waitForPort(port, 30_000);
      const page = await fetch(`http://${HOST}:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const api = await fetch(`http://${HOST}:${port}/api/findings`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(api.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
