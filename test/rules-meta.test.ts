import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ALL_KINDS } from '../src/sources/kinds.js';
import { LIVE_KINDS } from '../src/sources/live/kinds.js';

const RULES_DIR = join(import.meta.dirname, '..', 'src', 'rules');

/** Rule modules: every .ts in a rules folder except index, tests and the folder's `lib/`. */
function ruleFiles(): { folder: string; name: string; file: string }[] {
  const out: { folder: string; name: string; file: string }[] = [];
  for (const folder of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const entry of readdirSync(join(RULES_DIR, folder.name))) {
      if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry === 'index.ts') continue;
      out.push({ folder: folder.name, name: entry.slice(0, -3), file: join(RULES_DIR, folder.name, entry) });
    }
  }
  return out;
}

describe('rule catalogue', () => {
  it('has unique, well-formed ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  });

  it('registers every rule module exactly once', async () => {
    const files = ruleFiles();
    expect(files.length).toBe(RULES.length);
    for (const f of files) {
      const mod = (await import(f.file)) as { default?: { id: string } };
      expect(mod.default, `${f.file} must default-export a rule`).toBeDefined();
      expect(RULES, `${f.file} is not listed in its folder's index.ts`).toContain(mod.default);
      const id = mod.default!.id;
      expect(
        [id.split('/')[1], id.replace('/', '-')],
        `${f.file}: file name must match the rule id`,
      ).toContain(f.name);
    }
  });

  it('documents every rule', () => {
    for (const r of RULES) {
      expect(r.title.trim(), r.id).not.toBe('');
      expect(r.why.trim().length, `${r.id}: why`).toBeGreaterThan(40);
      expect(r.fix.trim().length, `${r.id}: fix`).toBeGreaterThan(15);
      expect(r.verify.trim().length, `${r.id}: verify`).toBeGreaterThan(15);
      expect(r.references.length, `${r.id}: references`).toBeGreaterThan(0);
      expect(
        r.references.some((ref) => /^(CWE-\d+|CIS |https?:\/\/|OWASP|NIST|MITRE|DISA|PCI)/.test(ref)),
        `${r.id}: needs a CWE, CIS, standard or URL reference`,
      ).toBe(true);
      expect([...ALL_KINDS.map((k) => k.kind), ...LIVE_KINDS], `${r.id}: unknown kind ${r.kind}`).toContain(
        r.kind,
      );
    }
  });

  it('tests every rule with the rule tester, and golden-tests every fix', async () => {
    for (const f of ruleFiles()) {
      const testFile = f.file.replace(/\.ts$/, '.test.ts');
      expect(existsSync(testFile), `${testFile} is missing`).toBe(true);
      const test = readFileSync(testFile, 'utf8');
      expect(test, `${testFile} must use a rule tester`).toMatch(/[rR]uleTester\(/);
      const mod = (await import(f.file)) as { default: { id: string; fixable?: string } };
      if (mod.default.fixable)
        expect(test, `${mod.default.id} is fixable: its test needs an \`output:\` golden`).toMatch(/output:/);
    }
  });
});
