import type { Finding } from '../core/finding.js';
import { type ReportInput, ruleFor } from './report-input.js';

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JUnit XML for CI dashboards: a suite per file, a failing test case per finding. */
export function formatJunit(input: ReportInput): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) byFile.set(f.location.path, [...(byFile.get(f.location.path) ?? []), f]);
  const errors = input.diagnostics.filter((d) => d.level === 'error');
  const suites = [...byFile].map(([file, findings]) => {
    const cases = findings.map((f) => {
      const rule = ruleFor(input, f.ruleId);
      const line = f.location.range?.start.line ?? 0;
      const body = `${f.message}\nSeverity: ${f.severity}\nLocation: ${file}:${line}\nWhy: ${rule?.why ?? ''}\nFix: ${rule?.fix ?? ''}`;
      return `    <testcase classname="${esc(f.ruleId)}" name="${esc(`${file}:${line} ${f.title}`)}" file="${esc(file)}" line="${line}">\n      <failure type="${f.severity}" message="${esc(f.message)}">${esc(body)}</failure>\n    </testcase>`;
    });
    return `  <testsuite name="${esc(file)}" tests="${findings.length}" failures="${findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (errors.length) {
    const cases = errors.map(
      (d) =>
        `    <testcase classname="plumb.diagnostic" name="${esc(d.target)}">\n      <error type="${d.code}" message="${esc(d.message)}"/>\n    </testcase>`,
    );
    suites.push(
      `  <testsuite name="diagnostics" tests="${errors.length}" failures="0" errors="${errors.length}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (suites.length === 0)
    suites.push(
      '  <testsuite name="plumb scan" tests="1" failures="0" errors="0">\n    <testcase classname="plumb" name="no findings"/>\n  </testsuite>',
    );
  const total = input.findings.length + errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plumbline" tests="${Math.max(1, total)}" failures="${input.findings.length}" errors="${errors.length}" time="${(input.stats.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
