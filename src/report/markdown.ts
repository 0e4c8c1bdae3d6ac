import type { Finding } from '../core/finding.js';
import { type ReportInput, ruleFor } from './report-input.js';

/** Plain-language action items, grouped by file, most severe first within each file. */
export function formatMarkdown(input: ReportInput): string {
  const lines: string[] = [];
  const n = input.findings.length;
  lines.push(
    `# Plumbline: ${n === 0 ? 'nothing to fix' : `${n} ${n === 1 ? 'thing' : 'things'} to fix`}`,
    '',
  );
  lines.push(`Scanned ${input.stats.files} files on ${input.startedAt.toISOString().slice(0, 10)}.`, '');
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) byFile.set(f.location.path, [...(byFile.get(f.location.path) ?? []), f]);
  for (const [file, findings] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## \`${file}\``, '');
    for (const f of findings) {
      const rule = ruleFor(input, f.ruleId);
      const line = f.location.range ? ` (line ${f.location.range.start.line})` : '';
      lines.push(`- [ ] **${f.severity.toUpperCase()}** ${f.title}${line}: ${f.message}. \`${f.ruleId}\``);
      if (rule) {
        lines.push(`  - **Why it matters:** ${rule.why}`);
        lines.push(`  - **What to change:** ${rule.fix}`);
        if (f.fix)
          lines.push(
            `  - **Automatic fix:** ${f.fix.automatic ? 'available — run `plumb fix --apply`' : `needs your answer: ${f.fix.question ?? ''} (\`--set ${f.ruleId}.${f.fix.option}=...\`)`}`,
          );
        lines.push(`  - **How to check:** ${rule.verify}`);
      }
    }
    lines.push('');
  }
  const problems = input.diagnostics.filter((d) => d.level !== 'note');
  if (problems.length) {
    lines.push('## Files that could not be fully scanned', '');
    for (const d of problems)
      lines.push(`- \`${d.target}\`${d.range ? `:${d.range.start.line}` : ''}: ${d.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
