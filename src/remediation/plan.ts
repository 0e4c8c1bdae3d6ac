import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { applyEdits, applyNonOverlapping, type TextEdit } from '../core/edit.js';
import type { Finding } from '../core/finding.js';
import { atLeast, type Severity } from '../core/severity.js';
import { type CheckUnit, checkUnit, type RescanContext, unitFiles, unitKey } from '../engine/rescan.js';
import type { ScanResult } from '../engine/scan.js';
import type { FileTask } from '../engine/scan-file.js';
import { handlerFor } from '../sources/kinds.js';

export interface FixFilters {
  /** Rule ids or globs (`docker/*`). */
  readonly rules?: readonly string[];
  /** Only findings at or above this severity. */
  readonly severity?: Severity;
  /** Only files matching these globs (relative to the working directory). */
  readonly files?: readonly string[];
  /** Only these findings (by fingerprint). */
  readonly fingerprints?: readonly string[];
}

export interface PlannedFix {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly description: string;
  readonly path: string;
  /** Line of the finding in the original file. */
  readonly line: number;
}

export interface FailedFix extends PlannedFix {
  readonly reason: string;
}

export interface PlannedFile {
  readonly path: string;
  readonly absPath: string;
  readonly original: string;
  /** sha256 of the original text, checked again right before writing. */
  readonly originalHash: string;
  readonly fixed: string;
  readonly fixes: readonly PlannedFix[];
}

export interface FixPlan {
  readonly files: readonly PlannedFile[];
  readonly fixed: readonly PlannedFix[];
  readonly failed: readonly FailedFix[];
  /** Fixes that need a human answer (`--set RULE.option=value`), shown but not applied. */
  readonly suggestions: readonly Finding[];
  readonly passes: number;
}

export const MAX_PASSES = 10;

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function matchesFilters(f: Finding, filters: FixFilters): boolean {
  if (filters.rules?.length && !picomatch.isMatch(f.ruleId, [...filters.rules])) return false;
  if (filters.severity && !atLeast(f.severity, filters.severity)) return false;
  if (filters.files?.length && !picomatch.isMatch(f.location.path, [...filters.files], { dot: true }))
    return false;
  if (filters.fingerprints && !filters.fingerprints.includes(f.fingerprint)) return false;
  return true;
}

function planned(f: Finding): PlannedFix {
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title,
    message: f.message,
    description: f.fix?.description ?? '',
    path: f.location.path,
    line: f.location.range?.start.line ?? 0,
  };
}

/** The unit a finding is re-checked in: its origin file, or its module for grouped kinds. */
function unitOf(
  f: Finding,
  byPath: ReadonlyMap<string, FileTask>,
  files: readonly FileTask[],
): CheckUnit | undefined {
  const origin = byPath.get(f.origin ?? f.location.path);
  if (!origin) return undefined;
  const handler = handlerFor(f.documentKind);
  if (handler?.parseGroup) {
    const dir = dirname(origin.absPath);
    const tasks = files.filter(
      (t) =>
        dirname(t.absPath) === dir && handler.byName?.(t.path, t.path.slice(t.path.lastIndexOf('/') + 1)),
    );
    return { type: 'group', kind: handler.kind, tasks: tasks.length ? tasks : [origin] };
  }
  return { type: 'file', task: origin };
}

/**
 * Plans fixes ESLint-style: per unit, apply the non-overlapping automatic fixes, re-parse,
 * re-run the rules, repeat until nothing changes (at most 10 passes, stopping on a cycle).
 * Each fix is first proven alone: if it breaks parsing or its finding survives, it is dropped
 * and reported as "could not fix". Nothing is written here.
 */
export function planFixes(scanResult: ScanResult, filters: FixFilters, ctx: RescanContext): FixPlan {
  const byPath = new Map(scanResult.files.map((t) => [t.path, t]));
  const wanted = scanResult.findings.filter((f) => f.fix?.automatic && matchesFilters(f, filters));
  const suggestions = scanResult.findings.filter(
    (f) => f.fix && !f.fix.automatic && matchesFilters(f, filters),
  );
  const units = new Map<string, { unit: CheckUnit; findings: Finding[] }>();
  const failed: FailedFix[] = [];
  for (const f of wanted) {
    const unit = unitOf(f, byPath, scanResult.files);
    if (!unit) {
      failed.push({ ...planned(f), reason: 'the file it belongs to is not part of this scan' });
      continue;
    }
    const key = unitKey(unit);
    const entry = units.get(key) ?? { unit, findings: [] };
    entry.findings.push(f);
    units.set(key, entry);
  }

  const overlay = new Map<string, string>();
  const originals = new Map<string, { path: string; text: string }>();
  const fixedByFile = new Map<string, PlannedFix[]>();
  let maxPasses = 0;

  for (const { unit, findings } of units.values()) {
    const wantedPrints = new Map(findings.map((f) => [f.fingerprint, f]));
    const failedPrints = new Set<string>();
    const donePrints = new Set<string>();
    const seen = new Set<string>();
    const snapshot = () =>
      unitFiles(unit)
        .map((t) => overlay.get(t.absPath) ?? ctx.io.readText(t.absPath) ?? '')
        .join('\u0000');
    let current = checkUnit(unit, overlay, ctx);
    const baselineErrors = current.parseErrors;
    let pass = 0;
    for (; pass < MAX_PASSES; pass++) {
      const snap = snapshot();
      if (seen.has(snap)) break; // a cycle: the same texts again
      seen.add(snap);
      const candidates = current.findings.filter(
        (f) =>
          f.fix?.automatic &&
          wantedPrints.has(f.fingerprint) &&
          !failedPrints.has(f.fingerprint) &&
          !donePrints.has(f.fingerprint),
      );
      if (candidates.length === 0) break;
      // Prove each fix alone first.
      const proven: Finding[] = [];
      for (const f of candidates) {
        const trial = withEdits(overlay, f.fix!.edits, ctx);
        if (!trial) {
          failedPrints.add(f.fingerprint);
          continue;
        }
        const check = checkUnit(unit, trial, ctx);
        if (check.parseErrors > baselineErrors) {
          failedPrints.add(f.fingerprint);
          failed.push({
            ...planned(wantedPrints.get(f.fingerprint)!),
            reason: 'the edit would leave the file unparseable',
          });
        } else if (check.findings.some((x) => x.fingerprint === f.fingerprint)) {
          failedPrints.add(f.fingerprint);
          failed.push({
            ...planned(wantedPrints.get(f.fingerprint)!),
            reason: 'the finding was still there after the edit',
          });
        } else {
          proven.push(f);
        }
      }
      if (proven.length === 0) break;
      // Apply the proven fixes that do not overlap; the rest wait for the next pass.
      const combined = applyGroup(overlay, proven, ctx);
      let next = combined.overlay;
      let applied = combined.applied;
      let check = checkUnit(unit, next, ctx);
      if (check.parseErrors > baselineErrors) {
        // Fixes that were fine alone clash together: take only the first this pass.
        const single = applyGroup(overlay, [proven[0]!], ctx);
        next = single.overlay;
        applied = single.applied;
        check = checkUnit(unit, next, ctx);
      }
      for (const [k, v] of next) overlay.set(k, v);
      for (const f of applied) {
        if (!check.findings.some((x) => x.fingerprint === f.fingerprint)) donePrints.add(f.fingerprint);
      }
      current = check;
    }
    maxPasses = Math.max(maxPasses, pass);
    for (const f of findings) {
      if (donePrints.has(f.fingerprint)) {
        const list = fixedByFile.get(f.location.path) ?? [];
        list.push(planned(f));
        fixedByFile.set(f.location.path, list);
      } else if (!failedPrints.has(f.fingerprint)) {
        failed.push({
          ...planned(f),
          reason: `not resolved after ${MAX_PASSES} passes (or the fixes cycle)`,
        });
      }
    }
    for (const t of unitFiles(unit))
      if (!originals.has(t.absPath))
        originals.set(t.absPath, { path: t.path, text: ctx.io.readText(t.absPath) ?? '' });
  }

  const files: PlannedFile[] = [];
  for (const [absPath, text] of overlay) {
    const orig = originals.get(absPath) ?? {
      path: relative(ctx.cwd, absPath).split('\\').join('/'),
      text: ctx.io.readText(absPath) ?? '',
    };
    if (text === orig.text) continue;
    files.push({
      path: orig.path,
      absPath,
      original: orig.text,
      originalHash: hashText(orig.text),
      fixed: text,
      fixes: fixedByFile.get(orig.path) ?? [],
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, fixed: files.flatMap((f) => f.fixes), failed, suggestions, passes: maxPasses };
}

/** A copy of the overlay with one fix's edits applied; undefined when its edits overlap. */
function withEdits(
  overlay: ReadonlyMap<string, string>,
  edits: readonly TextEdit[],
  ctx: RescanContext,
): Map<string, string> | undefined {
  const next = new Map(overlay);
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const abs = absOf(file, ctx);
    const text = next.get(abs) ?? ctx.io.readText(abs);
    if (text === undefined) return undefined;
    const r = applyNonOverlapping(text, [list]);
    if (r.deferred.length) return undefined;
    next.set(abs, r.text);
  }
  return next;
}

/**
 * Applies the given fixes together, left to right; a fix whose edits overlap or touch one
 * already taken (in any of its files) waits for the next pass. Fixes may span files.
 */
function applyGroup(
  overlay: ReadonlyMap<string, string>,
  fixes: readonly Finding[],
  ctx: RescanContext,
): { overlay: Map<string, string>; applied: Finding[] } {
  const next = new Map(overlay);
  const taken = new Map<string, TextEdit[]>();
  const applied: Finding[] = [];
  const ordered = [...fixes].sort((a, b) => (a.fix!.edits[0]?.start ?? 0) - (b.fix!.edits[0]?.start ?? 0));
  for (const f of ordered) {
    const edits = f.fix!.edits;
    const clash = edits.some((e) =>
      (taken.get(absOf(e.file, ctx)) ?? []).some((t) => e.start <= t.end && t.start <= e.end),
    );
    if (clash) continue;
    for (const e of edits) {
      const abs = absOf(e.file, ctx);
      taken.set(abs, [...(taken.get(abs) ?? []), e]);
    }
    applied.push(f);
  }
  for (const [abs, edits] of taken) {
    const text = next.get(abs) ?? ctx.io.readText(abs);
    if (text === undefined) continue;
    next.set(abs, applyEdits(text, edits));
  }
  return { overlay: next, applied };
}

/** Normalised, so a target outside the working directory (`../repo/x`) keys the overlay like its task. */
function absOf(file: string, ctx: RescanContext): string {
  return resolve(ctx.cwd, file);
}
