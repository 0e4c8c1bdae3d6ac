import type { Diagnostic } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import type { AnyRule } from '../core/rule.js';

/** What every formatter gets: one scan's outcome plus the catalogue entries it refers to. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly showSuppressed: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly rules: readonly AnyRule[];
  readonly stats: { files: number; bytes: number; durationMs: number };
  /** Absolute working directory: SARIF's %SRCROOT%. */
  readonly cwd: string;
  readonly toolVersion: string;
  readonly startedAt: Date;
}

/** Rules by id, indexed once per rule list (reports look one up for every finding). */
const byIdCache = new WeakMap<readonly AnyRule[], Map<string, AnyRule>>();

export function ruleFor(input: ReportInput, id: string): AnyRule | undefined {
  let byId = byIdCache.get(input.rules);
  if (!byId) {
    byId = new Map(input.rules.map((r) => [r.id, r]));
    byIdCache.set(input.rules, byId);
  }
  return byId.get(id);
}

/** Rules referenced by the findings (or all rules given), in id order. */
export function referencedRules(input: ReportInput): AnyRule[] {
  const ids = new Set(
    [...input.findings, ...(input.showSuppressed ? input.suppressed : [])].map((f) => f.ruleId),
  );
  return input.rules.filter((r) => ids.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
}
