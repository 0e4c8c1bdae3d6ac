import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/core/rule.js';
import { diskIO } from '../../src/engine/file-io.js';
import { checkUnit } from '../../src/engine/rescan.js';
import { type ScanResult, scan } from '../../src/engine/scan.js';
import { applyPlan, rollbackRun } from '../../src/remediation/apply.js';
import { gitPatch } from '../../src/remediation/diff.js';
import { listRuns } from '../../src/remediation/journal.js';
import { acquireTreeLock } from '../../src/remediation/lock.js';
import { planFixes } from '../../src/remediation/plan.js';
import { tempTree } from '../support/tmp.js';

const DOCKERFILE = 'FROM node:20.11-alpine\r\n# our app\r\nCMD ["node", "app.js"]\r\n';
const OPTS = { 'docker/run-as-root': { user: 'node' } };

async function plan(root: string, filters = {}) {
  const result = await scan({ paths: ['.'], cwd: root, set: OPTS, only: ['docker/run-as-root'] });
  return planFixes(result, filters, {
    rules: result.rules,
    selection: result.selection,
    config: {},
    cwd: root,
    maxFileSize: 5e6,
    io: diskIO(5e6),
  });
}

describe('fix runs', () => {
  it('plans minimal edits, keeps CRLF and comments, and writes nothing on a dry run', async () => {
    const root = tempTree({ Dockerfile: DOCKERFILE });
    const p = await plan(root);
    expect(p.files).toHaveLength(1);
    expect(p.files[0]?.fixed).toBe(
      'FROM node:20.11-alpine\r\n# our app\r\nUSER node\r\nCMD ["node", "app.js"]\r\n',
    );
    expect(p.fixed.map((f) => f.ruleId)).toEqual(['docker/run-as-root']);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
  });

  it('proves fixes in a tree outside the working directory, included files too', async () => {
    const root = tempTree({
      'work/.keep': '',
      'repo/Dockerfile': DOCKERFILE,
      'repo/pg/postgresql.conf': "listen_addresses = 'localhost'\ninclude_dir 'conf.d'\n",
      'repo/pg/conf.d/90-legacy.conf': "password_encryption = 'md5'\n",
    });
    const cwd = join(root, 'work');
    const result = await scan({
      paths: ['../repo'],
      cwd,
      set: OPTS,
      only: ['docker/run-as-root', 'postgres/password-encryption-md5'],
    });
    const p = planFixes(
      result,
      {},
      {
        rules: result.rules,
        selection: result.selection,
        config: {},
        cwd,
        maxFileSize: 5e6,
        io: diskIO(5e6),
      },
    );
    expect(p.failed).toEqual([]);
    expect(p.fixed.map((f) => `${f.ruleId} ${f.path}`).sort()).toEqual([
      'docker/run-as-root ../repo/Dockerfile',
      'postgres/password-encryption-md5 ../repo/pg/conf.d/90-legacy.conf',
    ]);
  });

  it('applies atomically, keeps the mode and BOM, journals, and rolls back byte for byte', async () => {
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOCKERFILE)]);
    const root = tempTree({ Dockerfile: original });
    chmodSync(join(root, 'Dockerfile'), 0o640);
    const dataDir = join(root, '.plumb');
    const p = await plan(root);
    const applied = applyPlan(p, { dataDir, root });
    expect(applied.skipped).toEqual([]);
    expect(applied.run?.verified).toBe(true);
    const written = readFileSync(join(root, 'Dockerfile'));
    expect(written.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(written.toString('utf8')).toContain('USER node\r\n');
    expect(statSync(join(root, 'Dockerfile')).mode & 0o777).toBe(0o640);
    expect(listRuns(dataDir).map((r) => r.status)).toEqual(['applied']);

    // Re-scan is clean for the rule, and planning again finds nothing to do (idempotent).
    expect((await plan(root)).files).toEqual([]);

    const rb = rollbackRun(dataDir, undefined);
    expect(rb.restored).toEqual(['Dockerfile']);
    expect(readFileSync(join(root, 'Dockerfile')).equals(original)).toBe(true);
    expect(listRuns(dataDir)[0]?.status).toBe('rolled-back');
    expect(() => rollbackRun(dataDir, rb.run.runId)).toThrow(/already rolled back/);
  });

  it('refuses to write a file changed after planning, and to roll back over later edits', async () => {
    const root = tempTree({ Dockerfile: DOCKERFILE, 'b/Dockerfile': DOCKERFILE });
    const dataDir = join(root, '.plumb');
    const p = await plan(root);
    writeFileSync(join(root, 'b/Dockerfile'), `${DOCKERFILE}# edited meanwhile\n`);
    const applied = applyPlan(p, { dataDir, root });
    expect(applied.written.map((f) => f.path)).toEqual(['Dockerfile']);
    expect(applied.skipped).toEqual([
      { path: 'b/Dockerfile', reason: expect.stringMatching(/changed after the fixes were planned/) },
    ]);
    writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\n');
    expect(() => rollbackRun(dataDir, applied.run?.runId)).toThrow(/Dockerfile changed after the fix/);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toBe('FROM scratch\n');
  });

  it('never writes read-only files or through symlinks that leave the scan root', async () => {
    const outside = join(tmpdir(), `plumb-outside-${process.pid}`);
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'Dockerfile'), DOCKERFILE);
    const root = tempTree({ 'ro/Dockerfile': DOCKERFILE });
    chmodSync(join(root, 'ro/Dockerfile'), 0o444);
    mkdirSync(join(root, 'link'));
    symlinkSync(join(outside, 'Dockerfile'), join(root, 'link/Dockerfile'));
    const p = await plan(root);
    expect(p.files.map((f) => f.path).sort()).toEqual(['link/Dockerfile', 'ro/Dockerfile']);
    const applied = applyPlan(p, { dataDir: join(root, '.plumb'), root });
    expect(applied.written).toEqual([]);
    const reasons = Object.fromEntries(applied.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['link/Dockerfile']).toMatch(/symlink that points outside the scan root/);
    expect(reasons['ro/Dockerfile']).toMatch(/read-only/);
    expect(readFileSync(join(outside, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
  });

  it('holds a lock so two runs cannot fix one tree at once, and takes over stale locks', () => {
    const root = tempTree({});
    const dataDir = join(root, '.plumb');
    const release = acquireTreeLock(dataDir, root);
    const lockFile = join(dataDir, 'locks', readdirSync(join(dataDir, 'locks'))[0]!);
    // Pretend another live process (pid 1 always exists) holds it.
    writeFileSync(lockFile, JSON.stringify({ pid: 1, root }));
    expect(() => acquireTreeLock(dataDir, root)).toThrow(/another fix run \(pid 1\)/);
    // A lock whose owner has exited is stale and is taken over.
    const deadPid = Number(
      execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }),
    );
    writeFileSync(lockFile, JSON.stringify({ pid: deadPid, root }));
    const again = acquireTreeLock(dataDir, root);
    again();
    release();
  });

  it('writes a patch that git apply accepts, and commits on a branch', async () => {
    const root = tempTree({ 'svc/Dockerfile': DOCKERFILE });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
    const p = await plan(root);
    writeFileSync(join(root, 'fix.patch'), gitPatch(p));
    git('apply', '--check', 'fix.patch');
    const { commitOnBranch } = await import('../../src/remediation/git-branch.js');
    const applied = applyPlan(p, { dataDir: join(root, '.plumb'), root });
    const sha = commitOnBranch(
      root,
      'plumb/fixes',
      applied.written.map((f) => f.absPath),
      applied.written.flatMap((f) => f.fixes),
    );
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('plumb/fixes');
    expect(git('log', '-1', '--format=%B')).toMatch(/svc\/Dockerfile:1 docker\/run-as-root/);
  });
});

describe('fix verification', () => {
  const breaks = defineRule({
    id: 'test/breaks-yaml',
    kind: 'kubernetes',
    severity: 'high',
    title: 't',
    why: 'test rule whose fix breaks the YAML',
    fix: 'x',
    verify: 'x',
    references: ['CWE-1'],
    check(doc, ctx) {
      ctx.report({
        at: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        message: 'bad',
        path: `b:${doc.path}`,
        fix: (e) => e.insertAt(0, 'a: [unclosed\n'),
      });
    },
  });
  const noop = defineRule({
    id: 'test/noop-fix',
    kind: 'kubernetes',
    severity: 'high',
    title: 't',
    why: 'test rule whose fix does not resolve it',
    fix: 'x',
    verify: 'x',
    references: ['CWE-1'],
    check(doc, ctx) {
      ctx.report({
        at: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        message: 'stays',
        path: `n:${doc.path}`,
        fix: (e) => e.insertAt(doc.text.length, '# touched\n'),
      });
    },
  });

  it('drops edits that break parsing or do not remove their finding, and reports them', () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
    const root = tempTree({ 'cm.yaml': yaml });
    const task = { absPath: join(root, 'cm.yaml'), path: 'cm.yaml', root };
    const rules = [breaks, noop];
    const ctx = {
      rules,
      selection: { disabled: [], options: {} },
      config: {},
      cwd: root,
      maxFileSize: 5e6,
      io: diskIO(5e6),
    };
    const found = checkUnit({ type: 'file', task }, new Map(), ctx);
    expect(found.findings.map((f) => f.ruleId).sort()).toEqual(['test/breaks-yaml', 'test/noop-fix']);
    const result = {
      findings: found.findings,
      files: [task],
      rules,
      selection: ctx.selection,
    } as unknown as ScanResult;
    const p = planFixes(result, {}, ctx);
    expect(p.files).toEqual([]);
    expect(p.failed.map((f) => [f.ruleId, f.reason]).sort()).toEqual([
      ['test/breaks-yaml', 'the edit would leave the file unparseable'],
      ['test/noop-fix', 'the finding was still there after the edit'],
    ]);
  });
});
