import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { AnyRule } from '../core/rule.js';
import { TEXT_KIND } from '../sources/kinds.js';
import type { FileKindHandler, ParseIO, SourceFile } from '../sources/parsers/types.js';
import { checkDocuments, type FileTask, type RuleSelection, type ScannedFinding } from './scan-file.js';

export interface GroupScanResult {
  readonly findings: ScannedFinding[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Evaluates every file of a grouped kind (Terraform: modules are directories that call each
 * other) in one pass, then checks each resulting document. Never throws.
 */
export function scanGroup(
  handler: FileKindHandler,
  files: readonly SourceFile[],
  tasks: readonly FileTask[],
  rules: readonly AnyRule[],
  selection: RuleSelection,
  io: ParseIO,
  options: { cwd: string; varFiles: readonly string[] },
): GroupScanResult {
  const findings: ScannedFinding[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!handler.parseGroup || files.length === 0) return { findings, diagnostics };
  try {
    const parsed = handler.parseGroup(files, io, { varFiles: options.varFiles });
    diagnostics.push(...parsed.diagnostics);
    const taskOf = taskLookup(tasks, options.cwd);
    for (const doc of parsed.documents) {
      findings.push(
        ...checkDocuments([doc], rules, selection, taskOf(doc.path), io, options, diagnostics, [
          handler,
          TEXT_KIND,
        ]),
      );
    }
  } catch (e) {
    diagnostics.push({
      code: 'parse-error',
      level: 'error',
      target: files[0]?.path ?? handler.kind,
      message: `${handler.label} failed: ${(e as Error).message}`,
    });
  }
  return { findings, diagnostics };
}

/**
 * The task a multi-file document belongs to: the one for its path, or any in its directory (a
 * module's evaluated document). Indexed once per group, since groups hold thousands of files.
 */
function taskLookup(tasks: readonly FileTask[], cwd: string): (docPath: string) => FileTask {
  const byPath = new Map<string, FileTask>();
  const byDir = new Map<string, FileTask>();
  for (const t of tasks) {
    if (!byPath.has(t.path)) byPath.set(t.path, t);
    const dir = dirname(t.absPath);
    if (!byDir.has(dir)) byDir.set(dir, t);
  }
  return (docPath) => {
    const exact = byPath.get(docPath);
    if (exact) return exact;
    const dir = resolve(cwd, docPath);
    return byDir.get(dir) ?? tasks[0] ?? { absPath: dir, path: docPath, root: cwd };
  };
}
