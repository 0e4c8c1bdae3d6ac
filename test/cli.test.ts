import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumb } from './support/cli.js';
import { tempTree } from './support/tmp.js';

const BAD = 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n';

// Each case runs the real CLI several times; give them room on a loaded 2-core machine.
describe('plumb CLI', { timeout: 180_000 }, () => {
  const root = tempTree({ 'app/Dockerfile': BAD, 'plumb.yaml': 'failOn: high\n' });

  it('prints findings grouped by severity with why and fix, and exits 1 at --fail-on', () => {
    const r = plumb(['scan', '.', '--rule', 'docker/run-as-root'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^HIGH \(1\)/m);
    expect(r.stdout).toContain('app/Dockerfile:1:6');
    expect(r.stdout).toContain('why:');
    expect(r.stdout).toMatch(/Scanned 2 files .*1 high/);
    expect(plumb(['scan', '.', '--rule', 'docker/run-as-root', '--fail-on', 'critical'], root).code).toBe(0);
    expect(plumb(['scan', '.', '--rule', 'docker/run-as-root', '--fail-on', 'none'], root).code).toBe(0);
  });

  it('writes every format to --output', () => {
    for (const format of ['json', 'sarif', 'junit', 'markdown']) {
      const out = `report.${format}`;
      const r = plumb(['scan', 'app', '-f', format, '-o', out, '--fail-on', 'none'], root);
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(join(root, out), 'utf8');
      if (format === 'json')
        expect(JSON.parse(text)).toMatchObject({ schemaVersion: '1.0', findings: expect.any(Array) });
      if (format === 'junit') expect(text).toContain('<testsuites');
      if (format === 'markdown') expect(text).toContain('- [ ] **HIGH**');
    }
  });

  it('exits 2 on usage errors and bad config, naming the problem', () => {
    expect(plumb(['scan', '--format', 'yaml'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown --format'),
    });
    expect(plumb(['scan', '--fail-on', 'urgent'], root).code).toBe(2);
    expect(plumb(['frobnicate'], root).code).toBe(2);
    const bad = tempTree({ 'plumb.yaml': 'rules:\n  docker/run-as-root: sometimes\n' });
    const r = plumb(['scan', '.'], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.docker/run-as-root');
  });

  it('records a baseline and then reports only new findings', () => {
    const tree = tempTree({ 'old/Dockerfile': BAD });
    expect(plumb(['baseline', '.', '-o', 'baseline.json'], tree).code).toBe(0);
    const same = plumb(['scan', '.', '--baseline', 'baseline.json', '--rule', 'docker/run-as-root'], tree);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('no findings');
  });

  it('lists and shows rules', () => {
    const list = plumb(['rules', 'list'], root);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('docker/run-as-root');
    const show = plumb(['rules', 'show', 'docker/run-as-root'], root);
    expect(show.stdout).toMatch(
      /Why it matters:[\s\S]*What to change:[\s\S]*How to verify:[\s\S]*References:/,
    );
    expect(plumb(['rules', 'show', 'nope/nope'], root).code).toBe(2);
  });
});
