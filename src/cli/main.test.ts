import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.js';

const SRC = resolve(import.meta.dirname, '..');

/** Every module `entry` loads at startup: static imports and re-exports, not `import type` or import(). */
function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(join(SRC, entry));
  return { modules: new Set([...modules].map((f) => relative(SRC, f))), packages };
}

describe('CLI start-up', () => {
  it('registers every command without loading what the commands need to run', () => {
    const { modules, packages } = staticGraph('cli/main.ts');
    expect([...modules].filter((m) => !m.startsWith('cli/') && m !== 'version.ts')).toEqual([]);
    expect([...packages]).toEqual(['commander']);
  });

  it('`plumb discover` loads the scanner, not the rules, the engine or the probes', () => {
    const { modules } = staticGraph('cli/commands/discover-action.ts');
    const heavy = [...modules].filter(
      (m) => !m.startsWith('cli/') && !m.startsWith('sources/discovery/') && m !== 'sources/live/types.ts',
    );
    expect(heavy).toEqual([]);
    expect(modules.has('sources/discovery/fingerprint.ts')).toBe(false);
  });

  it('keeps every command and its help', () => {
    const program = buildProgram();
    const names = program.commands.map((c) => c.name());
    expect(names).toEqual([
      'scan',
      'baseline',
      'discover',
      'fix',
      'rollback',
      'rules',
      'report',
      'serve',
      'watch',
    ]);
    for (const c of program.commands) expect(c.helpInformation()).toContain(`Usage: plumb ${c.name()}`);
    const discover = program.commands.find((c) => c.name() === 'discover');
    expect(discover?.options.map((o) => o.long)).toEqual([
      '--ports',
      '--format',
      '--output',
      '--concurrency',
      '--rate',
      '--host-rate',
      '--timeout',
      '--force',
    ]);
  });
});
