import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../support/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'plumb.js');
const BUILT = existsSync(join(ROOT, 'dist', 'engine', 'scan-worker.js'));

function scanJson(cwd: string, jobs: string) {
  const r = spawnSync(process.execPath, [BIN, 'scan', '.', '-f', 'json', '--fail-on', 'none', '-j', jobs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    findings: { fingerprint: string; location: { path: string } }[];
    diagnostics: { target: string; code: string; message: string }[];
    stats: { files: number; bytes: number; byKind: Record<string, number> };
  };
}

// Worker threads only run from the compiled build (the CLI under `npm ci` / `npm run build`).
describe('worker pool', () => {
  it('finds exactly what an in-process scan finds, Terraform modules included', { timeout: 240_000 }, () => {
    if (!BUILT) {
      if (process.env.CI === 'true') throw new Error('dist/ is missing: npm ci builds it');
      return;
    }
    const root = tempTree({});
    // Enough files to cross the worker threshold: copies of the misconfigured fixtures.
    for (let i = 0; i < 8; i++)
      cpSync(join(ROOT, 'test', 'fixtures', 'misconfigured'), join(root, `copy-${i}`), { recursive: true });
    // Terraform files the pool reads twice (text checks and evaluation run apart): each problem
    // and each secret must still be reported once.
    writeFileSync(
      join(root, 'copy-0', 'terraform-aws', 'binary.tf'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]),
    );
    writeFileSync(
      join(root, 'copy-1', 'terraform-aws', 'broken.tf'),
      'resource "aws_s3_bucket" "x" {\n  bucket = \n',
    );
    writeFileSync(
      join(root, 'copy-2', 'terraform-aws', 'secret.tf'),
      'locals {\n  password = "Zq8#vL2m!Rt5pW9x"\n}\n',
    );
    const inProcess = scanJson(root, '1');
    const pooled = scanJson(root, '2');
    expect(inProcess.stats.files).toBeGreaterThanOrEqual(400);
    expect(pooled.stats.files).toBe(inProcess.stats.files);
    expect(pooled.stats.bytes).toBe(inProcess.stats.bytes);
    expect(pooled.stats.byKind).toEqual(inProcess.stats.byKind);
    const tfProblems = (r: typeof inProcess) =>
      r.diagnostics.filter((d) => d.target.endsWith('.tf')).map((d) => `${d.target} ${d.code} ${d.message}`);
    expect(tfProblems(pooled).filter((d) => d.includes(' binary ')).length).toBe(1);
    expect(tfProblems(pooled).filter((d) => d.includes(' parse-error ')).length).toBeGreaterThan(0);
    expect(tfProblems(pooled).sort()).toEqual(tfProblems(inProcess).sort());
    expect(pooled.findings.filter((f) => f.location.path.endsWith('secret.tf')).length).toBeGreaterThan(0);
    const prints = (r: typeof inProcess) => r.findings.map((f) => f.fingerprint).sort();
    expect(prints(pooled)).toEqual(prints(inProcess));
    expect(pooled.findings.some((f) => f.location.path.endsWith('.tf'))).toBe(true);
    expect(pooled.diagnostics.map((d) => `${d.target} ${d.code}`).sort()).toEqual(
      inProcess.diagnostics.map((d) => `${d.target} ${d.code}`).sort(),
    );
  });
});
