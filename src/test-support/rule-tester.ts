import { describe, expect, it } from 'vitest';
import { applyNonOverlapping } from '../core/edit.js';
import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { defaultOptions, runRules } from '../engine/run-rules.js';
import type { FileKindHandler, ParseIO, SourceFile } from '../sources/parsers/types.js';

export interface ValidCase {
  readonly name?: string;
  readonly code: string;
  readonly path?: string;
  readonly options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  readonly line: number;
  readonly message?: string | RegExp;
  readonly severity?: string;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings (line numbers, 1-based), or just their count. */
  readonly errors: number | readonly ExpectedFinding[];
  /**
   * The text after applying this rule's automatic fixes (all passes). Golden: checked for exact
   * equality, that it parses, that the rule no longer fires, and that a second fix is a no-op.
   */
  readonly output?: string;
  /** Extra files readable through ParseIO (absolute path => text), for includes. */
  readonly files?: Record<string, string>;
}

export interface RuleTestOptions {
  /** Default sample path, e.g. `Dockerfile` or `k8s/deploy.yaml`. */
  readonly path: string;
}

function memoryIO(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) =>
      Object.keys(files).filter(
        (f) => f === pattern || (pattern.includes('*') && globToRegExp(pattern).test(f)),
      ),
  };
}

function globToRegExp(glob: string): RegExp {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`);
}

function sourceFile(path: string, text: string): SourceFile {
  return { path, absPath: `/sample/${path}`, text, lines: new LineIndex(text) };
}

/** Parses and checks one sample; returns the rule's findings and the parser's diagnostics. */
export function checkSample(
  rule: AnyRule,
  handler: FileKindHandler,
  c: ValidCase & { files?: Record<string, string> },
  defaults: RuleTestOptions,
) {
  const file = sourceFile(c.path ?? defaults.path, c.code);
  const parsed = handler.parse(file, memoryIO(c.files));
  const options = { ...defaultOptions(rule), ...(c.options ?? {}) };
  const findings = parsed.documents.flatMap((doc) => {
    const result = runRules(doc, [rule], () => options);
    for (const d of result.diagnostics) throw new Error(`${rule.id}: ${d.message}`);
    return result.findings;
  });
  return { findings, diagnostics: parsed.diagnostics, file };
}

/** Applies the rule's automatic fixes in passes (at most 10), as the remediator does. */
export function fixSample(
  rule: AnyRule,
  handler: FileKindHandler,
  c: InvalidCase,
  defaults: RuleTestOptions,
): string {
  let text = c.code;
  const seen = new Set<string>([text]);
  for (let pass = 0; pass < 10; pass++) {
    const { findings } = checkSample(rule, handler, { ...c, code: text }, defaults);
    const groups = findings.filter((f) => f.fix?.automatic).map((f) => f.fix!.edits);
    if (groups.length === 0) break;
    const next = applyNonOverlapping(text, groups).text;
    if (next === text || seen.has(next)) break;
    seen.add(next);
    text = next;
  }
  return text;
}

/**
 * ESLint-style rule tests: every rule needs at least one passing and one failing sample.
 * Fix outputs are golden: exact text, re-parses cleanly, rule silent afterwards, idempotent.
 */
export function ruleTester(
  rule: AnyRule,
  handler: FileKindHandler,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
  defaults: RuleTestOptions,
): void {
  describe(rule.id, () => {
    it('has at least one passing and one failing sample', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      it(`passes: ${c.name ?? `valid #${i + 1}`}`, () => {
        const { findings, diagnostics } = checkSample(rule, handler, c, defaults);
        expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        expect(findings.map((f) => `${f.range.start.line}: ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`fails: ${c.name ?? `invalid #${i + 1}`}`, () => {
        const { findings, diagnostics } = checkSample(rule, handler, c, defaults);
        expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        if (typeof c.errors === 'number') {
          expect(findings).toHaveLength(c.errors);
        } else {
          expect(findings.map((f) => f.range.start.line)).toEqual(c.errors.map((e) => e.line));
          c.errors.forEach((e, j) => {
            const f = findings[j]!;
            if (typeof e.message === 'string') expect(f.message).toBe(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            if (e.severity) expect(f.severity).toBe(e.severity);
          });
        }
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.range.start.offset).toBeLessThanOrEqual(f.range.end.offset);
        }
        if (c.output !== undefined) {
          const fixed = fixSample(rule, handler, c, defaults);
          expect(fixed).toBe(c.output);
          expect(fixed).not.toBe(c.code);
          const again = checkSample(rule, handler, { ...c, code: fixed }, defaults);
          expect(again.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
          expect(again.findings.filter((f) => f.fix?.automatic).map((f) => f.message)).toEqual([]);
          expect(fixSample(rule, handler, { ...c, code: fixed }, defaults)).toBe(fixed);
        }
      });
    });
  });
}
