import type { Finding } from '../core/finding.js';
import { type ReportInput, ruleFor } from './report-input.js';

/** Bumped on any incompatible change; documented in docs/json-report.schema.json. */
export const JSON_SCHEMA_VERSION = '1.0';

function withDocs(input: ReportInput, f: Finding) {
  const rule = ruleFor(input, f.ruleId);
  return {
    ...f,
    why: rule?.why ?? '',
    remediation: rule?.fix ?? '',
    verify: rule?.verify ?? '',
    references: rule?.references ?? [],
  };
}

export function formatJson(input: ReportInput): string {
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
    findings: input.findings.map((f) => withDocs(input, f)),
    suppressed: input.showSuppressed ? input.suppressed.map((f) => withDocs(input, f)) : [],
    diagnostics: input.diagnostics,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
