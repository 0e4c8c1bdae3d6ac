import { structuredPatch } from 'diff';
import type { FixPlan, PlannedFile, PlannedFix } from './plan.js';

const CONTEXT = 3;

/** A `git apply`-able patch of every planned file (paths relative to the working directory). */
export function gitPatch(plan: FixPlan): string {
  return plan.files.map((f) => filePatch(f, false)).join('');
}

/**
 * The dry-run view: a unified diff per file where each hunk is preceded by the findings it
 * resolves and their plain-language fix, so a reviewer sees why every line changes.
 */
export function annotatedDiff(plan: FixPlan): string {
  return plan.files.map((f) => filePatch(f, true)).join('\n');
}

function filePatch(file: PlannedFile, annotate: boolean): string {
  const patch = structuredPatch(`a/${file.path}`, `b/${file.path}`, file.original, file.fixed, '', '', {
    context: CONTEXT,
  });
  const out: string[] = [];
  out.push(`diff --git a/${file.path} b/${file.path}`, `--- a/${file.path}`, `+++ b/${file.path}`);
  const unplaced = new Set<PlannedFix>(file.fixes);
  const hunkFixes = patch.hunks.map((h) => {
    const list = file.fixes.filter(
      (f) => f.line >= h.oldStart && f.line < h.oldStart + Math.max(1, h.oldLines),
    );
    for (const f of list) unplaced.delete(f);
    return list;
  });
  // Fixes whose edit lands away from the finding's own line (e.g. USER added before CMD) go to the nearest hunk.
  for (const f of unplaced) {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    patch.hunks.forEach((h, i) => {
      const d = Math.abs(h.oldStart - f.line);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    hunkFixes[best]?.push(f);
  }
  patch.hunks.forEach((h, i) => {
    if (annotate) {
      for (const f of hunkFixes[i] ?? []) {
        out.push(`# ${f.severity.toUpperCase()} ${f.ruleId} (line ${f.line}): ${f.message}`);
        out.push(`#   ${f.description}`);
      }
    }
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    out.push(...h.lines);
  });
  return `${out.join('\n')}\n`;
}
