import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { walk } from '../../src/sources/files/walk.js';
import { tempTree } from '../support/tmp.js';

function paths(root: string, opts = {}) {
  const diags: Diagnostic[] = [];
  const files = [...walk(['.'], root, opts, (d) => diags.push(d))].map((f) => f.path);
  return { files, diags };
}

describe('walk', () => {
  const root = tempTree({
    '.gitignore': 'build/\n*.log\n!keep.log\n',
    'a/Dockerfile': 'FROM x\n',
    'a/.gitignore': 'secret.txt\n',
    'a/secret.txt': 'x',
    'build/out.yaml': 'x: 1\n',
    'debug.log': 'x',
    'keep.log': 'x',
    'node_modules/pkg/Dockerfile': 'FROM x\n',
    '.git/config': 'x',
    'vendor/x.yaml': 'a: 1\n',
  });

  it('honours nested .gitignore files and skips VCS and dependency folders', () => {
    const { files } = paths(root);
    expect(files).toEqual(['.gitignore', 'a/.gitignore', 'a/Dockerfile', 'keep.log', 'vendor/x.yaml']);
  });

  it('can ignore .gitignore and apply --exclude globs', () => {
    const { files } = paths(root, { respectGitignore: false, exclude: ['vendor', '*.log'] });
    expect(files).toContain('build/out.yaml');
    expect(files).toContain('a/secret.txt');
    expect(files).not.toContain('vendor/x.yaml');
    expect(files).not.toContain('keep.log');
  });

  it('reports a symlink loop instead of recursing forever', () => {
    const loopRoot = tempTree({ 'd/file.yaml': 'a: 1\n' });
    symlinkSync(join(loopRoot, 'd'), join(loopRoot, 'd', 'again'));
    const { files, diags } = paths(loopRoot);
    expect(files).toEqual(['d/file.yaml']);
    expect(diags.map((d) => d.code)).toEqual(['symlink-loop']);
    expect(diags[0]?.target).toBe('d/again');
  });

  it('reports an unreadable directory and goes on', () => {
    if (process.getuid?.() === 0) return; // root reads everything; covered by the missing-path case below
    const r = tempTree({ 'locked/x.yaml': 'a: 1\n', 'ok.yaml': 'b: 2\n' });
    chmodSync(join(r, 'locked'), 0o000);
    const { files, diags } = paths(r);
    chmodSync(join(r, 'locked'), 0o755);
    expect(files).toEqual(['ok.yaml']);
    expect(diags[0]?.code).toBe('unreadable');
  });

  it('reports a missing path', () => {
    const diags: Diagnostic[] = [];
    const files = [...walk(['nope'], root, {}, (d) => diags.push(d))];
    expect(files).toEqual([]);
    expect(diags[0]).toMatchObject({ code: 'unreadable', target: 'nope' });
  });

  it('accepts single files as roots', () => {
    mkdirSync(join(root, 'single'), { recursive: true });
    const files = [...walk(['a/Dockerfile'], root)];
    expect(files.map((f) => [f.path, f.rootPath])).toEqual([['a/Dockerfile', 'Dockerfile']]);
  });
});
