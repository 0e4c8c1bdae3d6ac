import { pathToFileURL } from 'node:url';
import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import { securitySeverityScore } from '../core/severity.js';
import { type ReportInput, referencedRules } from './report-input.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

const HELP_URI = 'https://github.com/plumbline/plumbline/blob/main/docs/rules.md';

function region(f: Finding) {
  if (isUrl(f.location.path)) return undefined;
  const r = f.location.range;
  if (!r) return undefined;
  return {
    startLine: r.start.line,
    startColumn: r.start.column,
    endLine: r.end.line,
    endColumn: Math.max(r.end.column, r.end.line === r.start.line ? r.start.column + 1 : 1),
  };
}

function isUrl(p: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
}

function artifact(path: string) {
  return isUrl(path) ? { uri: path } : { uri: encodeURI(path), uriBaseId: '%SRCROOT%' };
}

function result(f: Finding, ruleIndex: Map<string, number>) {
  const reg = region(f);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      { physicalLocation: { artifactLocation: artifact(f.location.path), ...(reg ? { region: reg } : {}) } },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: {
              artifactLocation: artifact(r.path),
              ...(r.range
                ? { region: { startLine: r.range.start.line, startColumn: r.range.start.column } }
                : {}),
            },
          })),
        }
      : {}),
    partialFingerprints: { 'plumbline/v1': f.fingerprint },
    properties: {
      severity: f.severity,
      logicalPath: f.logicalPath,
      ...(f.evidence ? { evidence: f.evidence } : {}),
    },
    ...(f.fix?.automatic
      ? {
          fixes: [
            {
              description: { text: f.fix.description },
              artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
                artifactLocation: artifact(file),
                replacements: edits.map((e) => ({
                  deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                  insertedContent: { text: e.text },
                })),
              })),
            },
          ],
        }
      : {}),
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: f.suppression.source === 'inline' ? 'inSource' : 'external',
              justification: f.suppression.reason,
            },
          ],
        }
      : {}),
  };
}

function groupByFile<T extends { file: string }>(edits: readonly T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const e of edits) m.set(e.file, [...(m.get(e.file) ?? []), e]);
  return [...m];
}

/** SARIF 2.1.0, shaped for GitHub code scanning (security-severity, partialFingerprints, %SRCROOT%). */
export function formatSarif(input: ReportInput): string {
  const rules = referencedRules(input);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = [...input.findings, ...(input.showSuppressed ? input.suppressed : [])].map((f) =>
    result(f, ruleIndex),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plumbline',
            informationUri: 'https://github.com/plumbline/plumbline',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
                c ? c.toUpperCase() : '',
              ),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              help: {
                text: `${r.why}\n\nFix: ${r.fix}\n\nVerify: ${r.verify}\n\nReferences: ${r.references.join(', ')}`,
                markdown: `${r.why}\n\n**Fix:** ${r.fix}\n\n**Verify:** ${r.verify}\n\n**References:**\n${r.references.map((ref) => `- ${/^https?:/.test(ref) ? `<${ref}>` : ref}`).join('\n')}`,
              },
              helpUri: `${HELP_URI}#${r.id.replace(/[^a-z0-9]+/g, '-')}`,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ['security', ...(r.tags ?? []), r.kind],
                precision: 'high',
                'security-severity': securitySeverityScore(r.severity),
                severity: r.severity,
              },
            })),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(input.cwd.endsWith('/') ? input.cwd : `${input.cwd}/`).href },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: input.startedAt.toISOString(),
            toolExecutionNotifications: input.diagnostics.map((d) => ({
              level: d.level === 'error' ? 'error' : d.level === 'warning' ? 'warning' : 'note',
              message: { text: `${d.target}: ${d.message}` },
              descriptor: { id: d.code },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifact(d.target),
                    ...(d.range
                      ? { region: { startLine: d.range.start.line, startColumn: d.range.start.column } }
                      : {}),
                  },
                },
              ],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
