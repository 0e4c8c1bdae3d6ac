import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../src/core/severity.js';
import { scan } from '../src/engine/scan.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function areas(kind: 'hardened' | 'misconfigured'): string[] {
  const dir = join(FIXTURES, kind);
  return existsSync(dir) ? readdirSync(dir).filter((d) => !d.startsWith('.')) : [];
}

describe('hardened fixtures yield nothing at medium or above', () => {
  for (const area of areas('hardened')) {
    it(area, async () => {
      const cwd = join(FIXTURES, 'hardened', area);
      const r = await scan({ paths: ['.'], cwd });
      const serious = r.findings.filter((f) => atLeast(f.severity, 'medium'));
      expect(
        serious.map((f) => `${f.location.path}:${f.location.range?.start.line} ${f.ruleId} ${f.message}`),
      ).toEqual([]);
      expect(r.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    });
  }
});

describe('misconfigured fixtures yield the expected findings at the right lines', () => {
  for (const area of areas('misconfigured')) {
    it(area, async () => {
      const cwd = join(FIXTURES, 'misconfigured', area);
      const expected = JSON.parse(readFileSync(join(cwd, 'expected.json'), 'utf8')) as Record<
        string,
        [number, string][]
      >;
      const r = await scan({ paths: ['.'], cwd, exclude: ['expected.json'] });
      const actual: Record<string, [number, string][]> = {};
      for (const f of r.findings.filter((x) => atLeast(x.severity, 'medium'))) {
        const list = actual[f.location.path] ?? [];
        list.push([f.location.range?.start.line ?? 0, f.ruleId]);
        actual[f.location.path] = list;
      }
      const norm = (m: Record<string, [number, string][]>) =>
        Object.fromEntries(
          Object.entries(m)
            .filter(([, v]) => v.length)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, [...v].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))]),
        );
      expect(norm(actual)).toEqual(norm(expected));
    });
  }
});
