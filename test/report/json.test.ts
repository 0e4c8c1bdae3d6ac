import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan.js';
import { formatJson, JSON_SCHEMA_VERSION, jsonChunks } from '../../src/report/json.js';
import type { ReportInput } from '../../src/report/report-input.js';
import { ruleFor } from '../../src/report/report-input.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The report as one object, as formatJson wrote it before it streamed. */
function wholeDocument(input: ReportInput): string {
  const withDocs = (f: ReportInput['findings'][number]) => {
    const rule = ruleFor(input, f.ruleId);
    return {
      ...f,
      why: rule?.why ?? '',
      remediation: rule?.fix ?? '',
      verify: rule?.verify ?? '',
      references: rule?.references ?? [],
    };
  };
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of input.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const report = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'plumbline', version: input.toolVersion },
    startedAt: input.startedAt.toISOString(),
    stats: {
      ...input.stats,
      findings: input.findings.length,
      suppressed: input.suppressed.length,
      bySeverity: counts,
    },
    findings: input.findings.map(withDocs),
    suppressed: input.showSuppressed ? input.suppressed.map(withDocs) : [],
    diagnostics: input.diagnostics,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

async function inputFor(paths: string[], showSuppressed: boolean): Promise<ReportInput> {
  const r = await scan({ paths, cwd: ROOT });
  return {
    findings: r.findings,
    suppressed: r.suppressed,
    showSuppressed,
    diagnostics: r.diagnostics,
    rules: r.rules,
    stats: r.stats,
    cwd: ROOT,
    toolVersion: '0.0.0-test',
    startedAt: new Date('2026-01-02T03:04:05Z'),
  };
}

describe('JSON report', () => {
  it('streams exactly the document JSON.stringify writes', async () => {
    for (const [paths, shown] of [
      [['examples'], true],
      [['test/fixtures/misconfigured'], false],
      [['test/fixtures/hardened'], true],
    ] as const) {
      const input = await inputFor([...paths], shown);
      const text = formatJson(input);
      expect(text).toBe(wholeDocument(input));
      expect([...jsonChunks(input)].length).toBeGreaterThan(input.findings.length);
      expect(JSON.parse(text).findings).toHaveLength(input.findings.length);
    }
  });

  it('writes empty lists as the whole document did', async () => {
    const input = { ...(await inputFor(['test/fixtures/hardened'], false)), findings: [], diagnostics: [] };
    expect(formatJson(input)).toBe(wholeDocument(input));
  });
});
