import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { handlerFor } from '../sources/kinds.js';
import type { ParseIO, SourceFile } from '../sources/parsers/types.js';
import type { PlumbConfig } from './config.js';
import { finalise } from './scan.js';
import { type FileTask, type RuleSelection, scanText } from './scan-file.js';
import { scanGroup } from './scan-group.js';

/**
 * What the remediator re-checks after an edit: one file, or for grouped kinds (a Terraform
 * module) every file of that kind in one directory.
 */
export type CheckUnit =
  | { readonly type: 'file'; readonly task: FileTask }
  | { readonly type: 'group'; readonly kind: string; readonly tasks: readonly FileTask[] };

export interface RescanContext {
  readonly rules: readonly AnyRule[];
  readonly selection: RuleSelection;
  readonly config: PlumbConfig;
  readonly cwd: string;
  readonly maxFileSize: number;
  readonly io: ParseIO;
  readonly varFiles?: readonly string[];
}

export interface UnitCheck {
  readonly findings: Finding[];
  readonly diagnostics: Diagnostic[];
  /** Parse errors: an edit that adds one is never written. */
  readonly parseErrors: number;
}

/** Reads through an in-memory overlay of edited files, falling back to disk. */
export function overlayIO(base: ParseIO, overlay: ReadonlyMap<string, string>): ParseIO {
  return {
    readText: (p) => (overlay.has(p) ? overlay.get(p) : base.readText(p)),
    glob: (pattern, cwd) => base.glob(pattern, cwd),
  };
}

export function unitFiles(unit: CheckUnit): readonly FileTask[] {
  return unit.type === 'file' ? [unit.task] : unit.tasks;
}

export function unitKey(unit: CheckUnit): string {
  return unit.type === 'file' ? unit.task.path : `${unit.kind}:${dirname(unit.tasks[0]?.absPath ?? '')}`;
}

/** Parses and checks a unit with the overlay's texts; findings come back fingerprinted. */
export function checkUnit(
  unit: CheckUnit,
  overlay: ReadonlyMap<string, string>,
  ctx: RescanContext,
): UnitCheck {
  const io = overlayIO(ctx.io, overlay);
  const diagnostics: Diagnostic[] = [];
  const raw = [];
  if (unit.type === 'file') {
    const text = io.readText(unit.task.absPath);
    if (text === undefined) {
      return {
        findings: [],
        diagnostics: [
          { code: 'unreadable', level: 'error', target: unit.task.path, message: 'cannot read file' },
        ],
        parseErrors: 1,
      };
    }
    const r = scanText(unit.task, text, ctx.rules, ctx.selection, io, {
      maxFileSize: ctx.maxFileSize,
      cwd: ctx.cwd,
    });
    raw.push(...r.findings);
    diagnostics.push(...r.diagnostics);
  } else {
    const handler = handlerFor(unit.kind);
    const files: SourceFile[] = [];
    for (const t of unit.tasks) {
      const text = io.readText(t.absPath);
      if (text !== undefined)
        files.push({ path: t.path, absPath: t.absPath, text, lines: new LineIndex(text) });
    }
    if (handler) {
      const group = scanGroup(handler, files, unit.tasks, ctx.rules, ctx.selection, io, {
        cwd: ctx.cwd,
        varFiles: (ctx.varFiles ?? []).map((v) => resolve(ctx.cwd, v)),
      });
      raw.push(...group.findings);
      diagnostics.push(...group.diagnostics);
    }
  }
  const { findings } = finalise(raw, ctx.config, undefined, new Date());
  return {
    findings,
    diagnostics,
    parseErrors: diagnostics.filter((d) => d.code === 'parse-error' && d.level === 'error').length,
  };
}
