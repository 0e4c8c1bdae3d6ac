import { styleText } from 'node:util';
import type { Finding } from '../core/finding.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import { formatBytes } from '../sources/files/read.js';
import { type ReportInput, ruleFor } from './report-input.js';

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Record<Severity, Style> = {
  critical: ['bold', 'red'],
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'gray',
};

/** Human report: findings grouped by severity, each with its plain-language why and fix. */
export function formatText(input: ReportInput, options: { color: boolean; verbose?: boolean }): string {
  const paint = (style: Style, s: string) => (options.color ? styleText(style, s) : s);
  const out: string[] = [];
  for (const severity of SEVERITIES) {
    const group = input.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(paint(SEVERITY_STYLE[severity], `${severity.toUpperCase()} (${group.length})`));
    for (const f of group) out.push(...findingLines(input, f, paint), '');
  }
  if (input.showSuppressed && input.suppressed.length) {
    out.push(paint('gray', `SUPPRESSED (${input.suppressed.length})`));
    for (const f of input.suppressed) {
      out.push(`  ${location(f)}  ${f.title}  [${f.ruleId}]`);
      out.push(
        paint(
          'gray',
          `      ${f.suppression?.source}: ${f.suppression?.reason}${f.suppression?.expires ? ` (expires ${f.suppression.expires})` : ''}`,
        ),
      );
    }
    out.push('');
  }
  const problems = input.diagnostics.filter((d) => d.level !== 'note' || options.verbose);
  if (problems.length) {
    out.push(paint('yellow', `COULD NOT SCAN (${problems.length})`));
    for (const d of problems)
      out.push(
        `  ${d.target}${d.range ? `:${d.range.start.line}:${d.range.start.column}` : ''}  ${d.message}  [${d.code}]`,
      );
    out.push('');
  }
  out.push(summary(input, paint));
  return `${out.join('\n')}\n`;
}

function location(f: Finding): string {
  // Endpoints have no lines worth printing.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(f.location.path)) return f.location.path;
  const r = f.location.range;
  return r ? `${f.location.path}:${r.start.line}:${r.start.column}` : f.location.path;
}

function findingLines(input: ReportInput, f: Finding, paint: (s: Style, t: string) => string): string[] {
  const rule = ruleFor(input, f.ruleId);
  const lines = [`  ${paint('bold', location(f))}  ${f.message}  ${paint('gray', `[${f.ruleId}]`)}`];
  if (rule) {
    lines.push(`      ${paint('dim', 'why:')} ${rule.why}`);
    lines.push(`      ${paint('dim', 'fix:')} ${rule.fix}`);
  }
  if (f.fix)
    lines.push(
      `      ${paint('green', f.fix.automatic ? 'auto-fix available: plumb fix --apply' : `fix needs a decision: ${f.fix.question} (--set ${f.ruleId}.${f.fix.option}=...)`)}`,
    );
  return lines;
}

function summary(input: ReportInput, paint: (s: Style, t: string) => string): string {
  const counts = SEVERITIES.map(
    (s) => [s, input.findings.filter((f) => f.severity === s).length] as const,
  ).filter(([, n]) => n > 0);
  const secs = (input.stats.durationMs / 1000).toFixed(2);
  const found = counts.length
    ? counts.map(([s, n]) => paint(SEVERITY_STYLE[s], `${n} ${s}`)).join(', ')
    : paint('green', 'no findings');
  const extra: string[] = [];
  if (input.suppressed.length) extra.push(`${input.suppressed.length} suppressed`);
  const unscanned = input.diagnostics.filter((d) => d.level === 'error' || d.level === 'warning').length;
  if (unscanned) extra.push(`${unscanned} problem${unscanned === 1 ? '' : 's'} reading input`);
  return `Scanned ${input.stats.files} ${input.stats.bytes === 0 && input.stats.files > 0 && input.findings.every((f) => /^[a-z]+:\/\//.test(f.location.path)) ? 'targets' : 'files'} (${formatBytes(input.stats.bytes)}) in ${secs}s: ${found}${extra.length ? ` (${extra.join(', ')})` : ''}.`;
}
