import { statSync } from 'node:fs';
import { expect } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../src/rules/live/index.js';
import type { LiveDocumentBase } from '../../src/sources/live/types.js';

export const ruleIds = (doc: LiveDocumentBase): string[] =>
  [...new Set(runRules(doc, rules).findings.map((f) => f.ruleId))].sort();

export function findings(doc: LiveDocumentBase) {
  return runRules(doc, rules).findings.map((f) => ({ ruleId: f.ruleId, location: { path: f.file } }));
}

/** A generated secret must live in a 0600 file and never appear in printable output. */
export function expectPrivate(file: string | undefined, secret: string, printed: readonly string[]): void {
  expect(file).toBeDefined();
  expect(statSync(file as string).mode & 0o777).toBe(0o600);
  expect(secret.length).toBeGreaterThanOrEqual(24);
  for (const line of printed) expect(line).not.toContain(secret);
}
