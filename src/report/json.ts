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
  return [...jsonChunks(input)].join('');
}

/**
 * The JSON report in pieces, exactly `JSON.stringify(report, null, 2)` joined: findings are
 * serialised one at a time, so a report of tens of thousands never exists as one string.
 */
export function* jsonChunks(input: ReportInput): Generator<string> {
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of input.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const head = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'plumbline', version: input.toolVersion },
    startedAt: input.startedAt.toISOString(),
    stats: {
      ...input.stats,
      findings: input.findings.length,
      suppressed: input.suppressed.length,
      bySeverity: counts,
    },
  };
  const headText = JSON.stringify(head, null, 2);
  yield `${headText.slice(0, -2)},\n`;
  yield* arrayChunks('findings', input.findings, (f) => withDocs(input, f));
  yield ',\n';
  yield* arrayChunks('suppressed', input.showSuppressed ? input.suppressed : [], (f) => withDocs(input, f));
  yield ',\n';
  yield* arrayChunks('diagnostics', input.diagnostics, (d) => d);
  yield '\n}\n';
}

/** `"name": [...]` as a top-level member, indented as `JSON.stringify(..., 2)` indents it. */
function* arrayChunks<T>(name: string, items: readonly T[], map: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield `  ${JSON.stringify(name)}: []`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (const [i, item] of items.entries()) {
    const text = JSON.stringify(map(item), null, 2).replaceAll('\n', '\n    ');
    yield `    ${text}${i < items.length - 1 ? ',\n' : '\n'}`;
  }
  yield '  ]';
}
