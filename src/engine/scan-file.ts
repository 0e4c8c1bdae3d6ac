import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { BaseDocument } from '../core/document.js';
import { fingerprint } from '../core/finding.js';
import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { readTextFile } from '../sources/files/read.js';
import { detectKind, handlerFor, TEXT_KIND } from '../sources/kinds.js';
import type { FileKindHandler, ParseIO, SourceFile } from '../sources/parsers/types.js';
import type { RawFinding } from './run-rules.js';
import { defaultOptions, runRules } from './run-rules.js';
import { findInlineSuppressions, suppressionFor } from './suppressions.js';

/** What the engine knows of the rules to run; plain data, so it crosses into worker threads. */
export interface RuleSelection {
  readonly disabled: readonly string[];
  readonly options: Readonly<Record<string, Record<string, unknown>>>;
}

export interface FileTask {
  readonly absPath: string;
  readonly path: string;
  readonly root: string;
}

export interface ScannedFinding extends RawFinding {
  /** The scanned file whose document produced the finding (differs from `file` for includes). */
  readonly source: string;
  /** Asset identity for the fingerprint: the finding's file relative to its scan root. */
  readonly asset: string;
  readonly inlineSuppression?: { readonly reason: string };
  /** The fingerprint as a first occurrence, hashed where the finding was made (often a worker). */
  readonly firstPrint?: string;
}

export interface FileScanResult {
  readonly path: string;
  readonly kind: string | null;
  readonly bytes: number;
  readonly findings: ScannedFinding[];
  readonly diagnostics: Diagnostic[];
  /** Files of grouped kinds (Terraform) are parsed together later; the text comes back once. */
  readonly deferredText?: string;
}

export interface ScanFileOptions {
  readonly maxFileSize: number;
  readonly forcedKind?: string;
  readonly cwd: string;
}

export function selectRules(all: readonly AnyRule[], selection: RuleSelection): AnyRule[] {
  const off = new Set(selection.disabled);
  return all.filter((r) => !off.has(r.id));
}

/** Read, detect, parse and check one file. Never throws: problems become diagnostics. */
export function scanFile(
  task: FileTask,
  rules: readonly AnyRule[],
  selection: RuleSelection,
  io: ParseIO,
  options: ScanFileOptions,
): FileScanResult {
  const read = readTextFile(task.absPath, task.path, options.maxFileSize);
  if (!read.ok)
    return { path: task.path, kind: null, bytes: 0, findings: [], diagnostics: [read.diagnostic] };
  return scanText(task, read.text, rules, selection, io, options);
}

/** Detect, parse and check a file whose text is already in memory (the remediator's re-checks). */
export function scanText(
  task: FileTask,
  text: string,
  rules: readonly AnyRule[],
  selection: RuleSelection,
  io: ParseIO,
  options: ScanFileOptions,
): FileScanResult {
  const forced = options.forcedKind ? handlerFor(options.forcedKind) : undefined;
  const handler = forced ?? detectKind(task.path, text);
  const file: SourceFile = { path: task.path, absPath: task.absPath, text, lines: new LineIndex(text) };
  const diagnostics: Diagnostic[] = [];
  const documents: BaseDocument[] = [];
  const bytes = Buffer.byteLength(text);

  if (handler?.parseGroup && !forced) {
    const textOnly = parseWith(TEXT_KIND, file, io, diagnostics);
    const findings = checkDocuments(textOnly, rules, selection, task, io, options, diagnostics, [TEXT_KIND]);
    return { path: task.path, kind: handler.kind, bytes, findings, diagnostics, deferredText: text };
  }
  if (handler) documents.push(...parseWith(handler, file, io, diagnostics));
  if (handler !== TEXT_KIND) documents.push(...parseWith(TEXT_KIND, file, io, diagnostics));
  const findings = checkDocuments(
    documents,
    rules,
    selection,
    task,
    io,
    options,
    diagnostics,
    handler ? [handler, TEXT_KIND] : [TEXT_KIND],
  );
  return { path: task.path, kind: handler?.kind ?? null, bytes, findings, diagnostics };
}

function parseWith(
  handler: FileKindHandler,
  file: SourceFile,
  io: ParseIO,
  diagnostics: Diagnostic[],
): BaseDocument[] {
  try {
    const result = handler.parse(file, io);
    diagnostics.push(...result.diagnostics);
    return result.documents;
  } catch (e) {
    diagnostics.push({
      code: 'parse-error',
      level: 'error',
      target: file.path,
      message: `${handler.label} parser failed: ${(e as Error).message}`,
    });
    return [];
  }
}

const NO_SUPPRESSIONS = { suppressions: [], problems: [] };

/** Rules grouped by document kind, computed once per rule list (the hot path runs it per file). */
const rulesByKindCache = new WeakMap<readonly AnyRule[], Map<string, AnyRule[]>>();
function rulesForKind(rules: readonly AnyRule[], kind: string): readonly AnyRule[] {
  let byKind = rulesByKindCache.get(rules);
  if (!byKind) {
    byKind = new Map();
    for (const r of rules) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
    rulesByKindCache.set(rules, byKind);
  }
  return byKind.get(kind) ?? [];
}

/**
 * Each rule's options (defaults merged with configuration), computed once per selection; the
 * lookup is asked for every rule of every document, so it is one Map read per rule.
 */
const optionsCache = new WeakMap<RuleSelection, (rule: AnyRule) => Record<string, unknown>>();
function optionsOf(selection: RuleSelection): (rule: AnyRule) => Record<string, unknown> {
  let lookup = optionsCache.get(selection);
  if (!lookup) {
    const byRule = new Map<AnyRule, Record<string, unknown>>();
    lookup = (rule) => {
      let o = byRule.get(rule);
      if (!o) {
        o = { ...defaultOptions(rule), ...(selection.options[rule.id] ?? {}) };
        byRule.set(rule, o);
      }
      return o;
    };
    optionsCache.set(selection, lookup);
  }
  return lookup;
}

/** Runs rules over documents and applies inline suppressions (of the file each finding is in). */
export function checkDocuments(
  documents: readonly BaseDocument[],
  rules: readonly AnyRule[],
  selection: RuleSelection,
  task: FileTask,
  io: ParseIO,
  options: { cwd: string },
  diagnostics: Diagnostic[],
  handlers: readonly FileKindHandler[],
): ScannedFinding[] {
  const out: ScannedFinding[] = [];
  const suppressionCache = new Map<string, ReturnType<typeof findInlineSuppressions>>();
  const assetCache = new Map<string, string>();
  const comments = [...new Set(handlers.flatMap((h) => h.comments))];
  const suppressionsOf = (path: string, text: string | undefined) => {
    let s = suppressionCache.get(path);
    if (!s) {
      // Most files have no directive: skip building a line index for them.
      s =
        text === undefined || !text.includes('plumb:ignore')
          ? NO_SUPPRESSIONS
          : findInlineSuppressions(text, new LineIndex(text), comments.length ? comments : ['#']);
      suppressionCache.set(path, s);
      for (const p of s.problems) {
        diagnostics.push({
          code: 'suppression-invalid',
          level: 'warning',
          target: path,
          message: p.message,
          range: new LineIndex(text ?? '').lineRange(p.line),
        });
      }
    }
    return s.suppressions;
  };
  const textOf = new Map(documents.map((d) => [d.path, d.text]));
  const readOther = (file: string): string | undefined => {
    if (!textOf.has(file)) textOf.set(file, io.readText(resolve(options.cwd, file)) ?? '');
    return textOf.get(file);
  };
  const optionsFor = optionsOf(selection);
  for (const doc of documents) {
    const result = runRules(doc, rulesForKind(rules, doc.kind), optionsFor, readOther);
    diagnostics.push(...result.diagnostics);
    for (const f of result.findings) {
      const text = readOther(f.file);
      const sup = suppressionFor(suppressionsOf(f.file, text), f.ruleId, f.range.start.line);
      let asset = assetCache.get(f.file);
      if (asset === undefined) {
        asset = relative(task.root, resolve(options.cwd, f.file)).split('\\').join('/') || f.file;
        assetCache.set(f.file, asset);
      }
      // Completed in place rather than copied: runRules made it for this call alone, and a scan
      // makes tens of thousands.
      const scanned = f as { -readonly [K in keyof ScannedFinding]: ScannedFinding[K] };
      scanned.asset = asset;
      scanned.source = task.path;
      scanned.firstPrint = fingerprint(f.ruleId, asset, f.logicalPath, 0);
      if (sup) scanned.inlineSuppression = { reason: sup.reason };
      out.push(scanned);
    }
  }
  return out;
}
