import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan.js';
import { tempTree } from '../support/tmp.js';

const ROOT_DOCKERFILE = 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n';

describe('scan', () => {
  it('finds problems with file, line and column, and a stable fingerprint', async () => {
    const root = tempTree({ 'svc/Dockerfile': ROOT_DOCKERFILE });
    const first = await scan({ paths: ['.'], cwd: root, only: ['docker/run-as-root'] });
    expect(first.findings).toHaveLength(1);
    const f = first.findings[0]!;
    expect(f).toMatchObject({
      ruleId: 'docker/run-as-root',
      severity: 'high',
      location: { path: 'svc/Dockerfile' },
    });
    expect(f.location.range?.start).toMatchObject({ line: 1, column: 6 });

    // Moving lines keeps the identity: the fingerprint has no line numbers in it.
    writeFileSync(join(root, 'svc/Dockerfile'), `# build image\n\n${ROOT_DOCKERFILE}`);
    const second = await scan({ paths: ['.'], cwd: root, only: ['docker/run-as-root'] });
    expect(second.findings[0]?.location.range?.start.line).toBe(3);
    expect(second.findings[0]?.fingerprint).toBe(f.fingerprint);

    // Scanning from another working directory keeps it too (fingerprints use the path below the scan root).
    const third = await scan({ paths: [root], cwd: '/', only: ['docker/run-as-root'] });
    expect(third.findings[0]?.fingerprint).toBe(f.fingerprint);
  });

  it('honours inline suppressions with reasons, and lists them as suppressed', async () => {
    const root = tempTree({
      Dockerfile:
        '# plumb:ignore docker/run-as-root -- the entrypoint drops to uid 1000 itself\nFROM node:20.11-alpine\nCMD ["x"]\n',
      'b/Dockerfile': '# plumb:ignore docker/run-as-root\nFROM node:20.11-alpine\n',
    });
    const r = await scan({ paths: ['.'], cwd: root, only: ['docker/run-as-root'] });
    expect(r.findings.map((f) => f.location.path)).toEqual(['b/Dockerfile']);
    expect(r.suppressed.map((f) => [f.location.path, f.suppression?.source, f.suppression?.reason])).toEqual([
      ['Dockerfile', 'inline', 'the entrypoint drops to uid 1000 itself'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.target])).toContainEqual([
      'suppression-invalid',
      'b/Dockerfile',
    ]);
  });

  it('applies config ignores until they expire, severity overrides and disabled rules', async () => {
    const root = tempTree({ 'a/Dockerfile': ROOT_DOCKERFILE, 'b/Dockerfile': ROOT_DOCKERFILE });
    const now = new Date('2026-06-01T00:00:00Z');
    const r = await scan({
      paths: ['.'],
      cwd: root,
      only: ['docker/run-as-root'],
      now,
      config: {
        rules: { 'docker/run-as-root': 'medium' },
        ignore: [
          { rule: 'docker/*', path: 'a/**', reason: 'legacy image', expires: '2026-12-31' },
          { rule: 'docker/run-as-root', path: 'b/**', reason: 'lapsed', expires: '2026-01-01' },
        ],
      },
    });
    expect(r.findings.map((f) => [f.location.path, f.severity])).toEqual([['b/Dockerfile', 'medium']]);
    expect(r.suppressed.map((f) => [f.location.path, f.suppression?.expires])).toEqual([
      ['a/Dockerfile', '2026-12-31'],
    ]);
    const off = await scan({ paths: ['.'], cwd: root, config: { rules: { 'docker/run-as-root': 'off' } } });
    expect(off.findings.filter((f) => f.ruleId === 'docker/run-as-root')).toEqual([]);
  });

  it('filters findings present in a baseline', async () => {
    const root = tempTree({ 'a/Dockerfile': ROOT_DOCKERFILE });
    const before = await scan({ paths: ['.'], cwd: root, only: ['docker/run-as-root'] });
    writeFileSync(join(root, 'Dockerfile.new'), ROOT_DOCKERFILE);
    const after = await scan({
      paths: ['.'],
      cwd: root,
      only: ['docker/run-as-root'],
      baseline: new Set(before.findings.map((f) => f.fingerprint)),
    });
    expect(after.findings.map((f) => f.location.path)).toEqual(['Dockerfile.new']);
    expect(after.suppressed.map((f) => f.suppression?.source)).toEqual(['baseline']);
  });

  it('turns bad input into diagnostics naming the file, and goes on', async () => {
    const bomb = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: x}',
      'data:',
      '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ];
    for (const n of ['b', 'c', 'd', 'e', 'f', 'g']) {
      const prev = String.fromCharCode(n.charCodeAt(0) - 1);
      bomb.push(`  ${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const root = tempTree({
      'bin/tool': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
      'huge/Dockerfile': `FROM alpine:3.20\n${'RUN echo hi\n'.repeat(100_000)}`,
      'latin/Dockerfile': Buffer.from('FROM alpine:3.20\nLABEL a="caf\xe9"\n', 'latin1'),
      'k8s/bomb.yaml': `${bomb.join('\n')}\n`,
      'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n',
      'ok/Dockerfile': ROOT_DOCKERFILE,
    });
    const r = await scan({ paths: ['.'], cwd: root, maxFileSize: 1024 * 1024 });
    const diag = (target: string) => r.diagnostics.filter((d) => d.target === target).map((d) => d.code);
    expect(diag('huge/Dockerfile')).toEqual(['too-large']);
    expect(diag('latin/Dockerfile')).toEqual(['invalid-encoding']);
    expect(diag('bin/tool')).toEqual(['binary']);
    expect(diag('k8s/bomb.yaml').length).toBeGreaterThan(0);
    expect(diag('k8s/broken.yaml')).toContain('parse-error');
    expect(r.findings.some((f) => f.location.path === 'ok/Dockerfile')).toBe(true);
  });
});
