import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isSeverity } from '../../core/severity.js';
import { diskIO } from '../../engine/file-io.js';
import { isLiveTarget, scanLive } from '../../engine/live-scan.js';
import { scan } from '../../engine/scan.js';
import { applyPlan, FixRefused, rollbackRun } from '../../remediation/apply.js';
import { annotatedDiff, gitPatch } from '../../remediation/diff.js';
import { commitOnBranch, GitError } from '../../remediation/git-branch.js';
import { listRuns } from '../../remediation/journal.js';
import { applyLive, planLive, readLiveRun, rollbackLive } from '../../remediation/live-run.js';
import { LockError } from '../../remediation/lock.js';
import { type FixPlan, planFixes } from '../../remediation/plan.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../sources/files/read.js';
import { emit } from '../output.js';
import { loadScanConfig, parseMaxSize, parseSet, validateKind } from '../scan-options.js';
import { UsageError } from '../usage-error.js';

export interface FixFlags {
  apply?: boolean;
  rule?: string[];
  severity?: string;
  file?: string[];
  patch?: string;
  gitBranch?: string;
  history?: boolean;
  dataDir: string;
  set?: string[];
  config?: string;
  exclude?: string[];
  kind?: string;
  maxFileSize?: string;
  varFile?: string[];
  json?: boolean;
}

function scanRoot(paths: readonly string[], cwd: string): string {
  const first = resolve(cwd, paths[0] ?? '.');
  return existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
}

function summary(plan: FixPlan): string {
  const out: string[] = [];
  const nFiles = plan.files.length;
  out.push(
    `${plan.fixed.length} fix${plan.fixed.length === 1 ? '' : 'es'} in ${nFiles} file${nFiles === 1 ? '' : 's'} (verified by re-scanning; ${plan.passes} pass${plan.passes === 1 ? '' : 'es'}).`,
  );
  if (plan.failed.length) {
    out.push('', `Could not fix (${plan.failed.length}):`);
    for (const f of plan.failed) out.push(`  ${f.path}:${f.line} ${f.ruleId}: ${f.reason}`);
  }
  if (plan.suggestions.length) {
    out.push(
      '',
      `Need your decision (${plan.suggestions.length}) — not applied until you answer with --set:`,
    );
    for (const s of plan.suggestions) {
      out.push(
        `  ${s.location.path}:${s.location.range?.start.line ?? 0} ${s.ruleId}: ${s.fix?.question ?? s.message}`,
      );
      out.push(`      --set ${s.ruleId}.${s.fix?.option ?? 'value'}=<answer>`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `plumb fix`: plan (dry run), or apply, verify and journal; files or live targets. */
export async function runFix(paths: string[], flags: FixFlags): Promise<void> {
  const cwd = process.cwd();
  const dataDir = resolve(cwd, flags.dataDir);
  if (flags.history) {
    const runs = listRuns(dataDir);
    if (flags.json) return emit(`${JSON.stringify(runs, null, 2)}\n`, undefined, cwd);
    if (runs.length === 0) return emit('No fix runs yet.\n', undefined, cwd);
    const lines = runs.map(
      (r) =>
        `${r.runId}  ${r.status.padEnd(11)}  ${String(r.fixes.length).padStart(3)} fixes  ${r.files.length} files  ${r.createdAt}${r.gitBranch ? `  branch ${r.gitBranch}` : ''}`,
    );
    return emit(`${lines.join('\n')}\n`, undefined, cwd);
  }
  if (flags.severity && !isSeverity(flags.severity))
    throw new UsageError(`unknown --severity "${flags.severity}"`);
  const live = paths.filter((p) => isLiveTarget(p, cwd));
  if (live.length) {
    if (live.length !== paths.length)
      throw new UsageError('fix either files or live targets in one run, not both');
    await fixLive(live, flags, dataDir);
    return;
  }
  if (flags.gitBranch && !flags.apply) throw new UsageError('--git-branch needs --apply');
  const { config } = loadScanConfig(paths, flags.config, cwd);
  const kind = validateKind(flags.kind);
  const maxFileSize = parseMaxSize(flags.maxFileSize, config) ?? DEFAULT_MAX_FILE_SIZE;
  const result = await scan({
    paths,
    cwd,
    config,
    maxFileSize,
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
    ...(kind ? { kind } : {}),
    set: parseSet(flags.set),
    ...(flags.varFile ? { varFiles: flags.varFile } : {}),
  });
  const plan = planFixes(
    result,
    {
      ...(flags.rule ? { rules: flags.rule } : {}),
      ...(flags.severity && isSeverity(flags.severity) ? { severity: flags.severity } : {}),
      ...(flags.file ? { files: flags.file } : {}),
    },
    {
      rules: result.rules,
      selection: result.selection,
      config,
      cwd,
      maxFileSize,
      io: diskIO(maxFileSize),
      ...(flags.varFile ? { varFiles: flags.varFile } : {}),
    },
  );
  if (flags.json && !flags.apply) {
    return emit(
      `${JSON.stringify({ files: plan.files.map(({ original: _o, fixed: _f, ...rest }) => rest), failed: plan.failed, suggestions: plan.suggestions }, null, 2)}\n`,
      undefined,
      cwd,
    );
  }
  if (flags.patch) {
    emit(gitPatch(plan), flags.patch, cwd);
    process.stderr.write(
      `Wrote ${plan.files.length} file patch(es) to ${flags.patch}: apply with \`git apply ${flags.patch}\`.\n`,
    );
  } else if (!flags.apply) {
    if (plan.files.length) process.stdout.write(`${annotatedDiff(plan)}\n`);
    process.stdout.write(summary(plan));
    if (plan.files.length)
      process.stdout.write('\nDry run: nothing was written. Run again with --apply to write these fixes.\n');
    return;
  }
  if (!flags.apply) return;
  try {
    const applied = applyPlan(plan, { dataDir, root: scanRoot(paths, cwd) });
    process.stdout.write(summary(plan));
    for (const s of applied.skipped) process.stdout.write(`  skipped ${s.path}: ${s.reason}\n`);
    if (!applied.run) {
      process.stdout.write('Nothing written.\n');
      return;
    }
    process.stdout.write(
      `\nWrote ${applied.written.length} file(s); run ${applied.run.runId} (undo: plumb rollback ${applied.run.runId}).\n`,
    );
    if (flags.gitBranch) {
      const sha = commitOnBranch(
        scanRoot(paths, cwd),
        flags.gitBranch,
        applied.written.map((f) => f.absPath),
        applied.written.flatMap((f) => f.fixes),
      );
      process.stdout.write(`Committed on branch ${flags.gitBranch} (${sha.slice(0, 12)}).\n`);
    }
  } catch (e) {
    if (e instanceof LockError || e instanceof FixRefused || e instanceof GitError)
      throw new UsageError(e.message);
    throw e;
  }
}

/** `plumb rollback`: undo a fix run, file or live. */
export async function runRollback(runId: string | undefined, flags: { dataDir: string }): Promise<void> {
  const dataDir = resolve(process.cwd(), flags.dataDir);
  if (runId && readLiveRun(dataDir, runId)) {
    try {
      const steps = await rollbackLive(dataDir, runId, { dataDir, timeoutMs: 5000 });
      process.stdout.write(`Rolled back live run ${runId}:\n${steps.map((x) => `  - ${x}`).join('\n')}\n`);
      return;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  try {
    const r = rollbackRun(resolve(process.cwd(), flags.dataDir), runId);
    process.stdout.write(`Rolled back ${r.run.runId}: restored ${r.restored.join(', ')}.\n`);
  } catch (e) {
    if (e instanceof FixRefused || e instanceof LockError) throw new UsageError(e.message);
    throw e;
  }
}

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

/** Live remediation: plan the actions for the findings, print them; with --apply, apply, verify, journal. */
async function fixLive(targets: string[], flags: FixFlags, dataDir: string): Promise<void> {
  const ctx = { dataDir, timeoutMs: 5000 };
  const result = await scanLive({ targets, ...(flags.rule ? { only: flags.rule } : {}) });
  const floor = flags.severity ? ORDER.indexOf(flags.severity) : ORDER.length;
  const chosen = result.findings.filter((f) => ORDER.indexOf(f.severity) <= floor);
  const plan = await planLive(chosen, result.documents, ctx);
  const covered = new Set(
    plan.flatMap((p) => [...((p.action as { ruleIds?: readonly string[] }).ruleIds ?? [])]),
  );
  for (const step of plan)
    process.stdout.write(`${step.action.type}\n${step.steps.map((x) => `  - ${x}`).join('\n')}\n`);
  const manual = [...new Set(chosen.filter((f) => !covered.has(f.ruleId)).map((f) => f.ruleId))];
  if (manual.length)
    process.stdout.write(`\nNeeds a manual change: ${manual.join(', ')} (see \`plumb rules show <id>\`).\n`);
  if (plan.length === 0) {
    process.stdout.write('No live fix to make.\n');
    return;
  }
  if (!flags.apply) {
    process.stdout.write('\nDry run: nothing was changed. Run again with --apply to make these changes.\n');
    return;
  }
  const run = await applyLive(plan, ctx);
  for (const v of run.verification)
    process.stdout.write(`${v.ok ? 'verified' : 'NOT verified'}: ${v.message}\n`);
  for (const a of run.applied)
    if (a.secretFile) process.stdout.write(`New secret written to ${a.secretFile} (mode 0600).\n`);
  process.stdout.write(`Run ${run.runId} (undo: plumb rollback ${run.runId}).\n`);
  if (run.verification.some((v) => !v.ok)) process.exitCode = 1;
}
