import { resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../core/diagnostic.js';
import { type Finding, fingerprint } from '../core/finding.js';
import { LineIndex } from '../core/range.js';
import type { AnyRule } from '../core/rule.js';
import { SEVERITIES } from '../core/severity.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../sources/files/read.js';
import { walk } from '../sources/files/walk.js';
import { ALL_KINDS, detectKind, handlerFor } from '../sources/kinds.js';
import type { ParseIO, SourceFile } from '../sources/parsers/types.js';
import { type PlumbConfig, parseSize, ruleSettingFor } from './config.js';
import { diskIO } from './file-io.js';
import { defaultConcurrency, type PoolJob, ScanPool, workersAvailable } from './pool.js';
import {
  type FileScanResult,
  type FileTask,
  type RuleSelection,
  type ScannedFinding,
  scanFile,
  selectRules,
} from './scan-file.js';
import { type GroupScanResult, scanGroup } from './scan-group.js';
import { runJob } from './scan-job.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly config?: PlumbConfig;
  readonly exclude?: readonly string[];
  /** Parse every file as this kind instead of detecting it. */
  readonly kind?: string;
  readonly maxFileSize?: number;
  readonly gitignore?: boolean;
  /** Fingerprints to leave out (a baseline). */
  readonly baseline?: ReadonlySet<string>;
  /** Only these rules (ids or `area/*` globs). */
  readonly only?: readonly string[];
  /** Rule options from the command line (`--set RULE.option=value`), over plumb.yaml's. */
  readonly set?: Readonly<Record<string, Record<string, unknown>>>;
  readonly varFiles?: readonly string[];
  /** Worker threads; 1 scans in-process. Defaults to the number of cores for large trees. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: Date;
}

export interface ScanStats {
  readonly files: number;
  readonly bytes: number;
  readonly durationMs: number;
  readonly byKind: Readonly<Record<string, number>>;
}

export interface ScanResult {
  readonly findings: Finding[];
  /** Findings silenced inline, by config ignores or by the baseline (shown with --show-suppressed). */
  readonly suppressed: Finding[];
  readonly diagnostics: Diagnostic[];
  readonly stats: ScanStats;
  readonly rules: readonly AnyRule[];
  /** Every file the walk produced, with its scan root (the remediator re-checks from these). */
  readonly files: readonly FileTask[];
  /** The rule selection in force (disabled rules, merged options). */
  readonly selection: RuleSelection;
}

/** In-process below this many files: starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
/** Files per job while the walk streams them out: small enough to balance threads at the end. */
const STREAM_BATCH = 32;
/**
 * Files per text-only job (grouped files' secrets checks): a few milliseconds for 32 files, too
 * little to keep a worker busy until the main thread, running a job of its own, sends the next.
 */
const TEXT_ONLY_BATCH = 128;

export function ruleSelection(
  config: PlumbConfig,
  only: readonly string[] | undefined,
  set: ScanOptions['set'],
): RuleSelection {
  const onlyMatch = only?.length
    ? picomatch(
        only.map((o) => o),
        {},
      )
    : undefined;
  const disabled: string[] = [];
  const options: Record<string, Record<string, unknown>> = {};
  for (const rule of RULES) {
    const setting = ruleSettingFor(config, rule.id);
    if (!setting.enabled || (onlyMatch && !onlyMatch(rule.id))) disabled.push(rule.id);
    const merged = { ...setting.options, ...(set?.[rule.id] ?? {}) };
    if (Object.keys(merged).length) options[rule.id] = merged;
  }
  return { disabled, options };
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const cwd = opts.cwd ?? process.cwd();
  const config = opts.config ?? {};
  const maxFileSize = opts.maxFileSize ?? parseSize(config.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  const selection = ruleSelection(config, opts.only, opts.set);
  const rules = selectRules(RULES, selection);
  const diagnostics: Diagnostic[] = [];
  const io = diskIO(maxFileSize);

  const fileOptions = { maxFileSize, cwd, ...(opts.kind ? { forcedKind: opts.kind } : {}) };
  const varFiles = [...(config.varFiles ?? []), ...(opts.varFiles ?? [])].map((v) => resolve(cwd, v));
  const concurrency = opts.concurrency ?? defaultConcurrency();
  const raw: ScannedFinding[] = [];
  const byKind: Record<string, number> = {};
  const grouped = new Map<string, { files: SourceFile[]; tasks: FileTask[] }>();
  const taskByPath = new Map<string, FileTask>();
  let bytes = 0;
  let done = 0;
  const collect = (r: FileScanResult) => {
    raw.push(...r.findings);
    diagnostics.push(...r.diagnostics);
    bytes += r.bytes;
    if (r.kind) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    if (r.deferredText !== undefined && r.kind) {
      const g = grouped.get(r.kind) ?? { files: [], tasks: [] };
      const task = taskByPath.get(r.path)!;
      g.files.push({
        path: r.path,
        absPath: task.absPath,
        text: r.deferredText,
        lines: new LineIndex(r.deferredText),
      });
      g.tasks.push(task);
      grouped.set(r.kind, g);
    }
    opts.onProgress?.(++done, tasks.length);
  };
  const collectGroup = (g: GroupScanResult) => {
    raw.push(...g.findings);
    diagnostics.push(...g.diagnostics);
  };
  // Grouped kinds (Terraform modules) are evaluated in one pass over all their files.
  const scanGroups = () => {
    for (const [kind, group] of grouped) {
      grouped.delete(kind);
      const handler = handlerFor(kind);
      if (handler)
        collectGroup(scanGroup(handler, group.files, group.tasks, rules, selection, io, { cwd, varFiles }));
    }
  };

  for (const h of ALL_KINDS)
    if (h.prepare && (opts.kind === undefined || opts.kind === h.kind)) await h.prepare();
  const usePool = concurrency > 1 && workersAvailable();
  const init = { selection, options: fileOptions, varFiles };
  let pool: ScanPool | undefined;
  const tasks: FileTask[] = [];
  // With a pool, files stream out in batches while the walk goes on (the workers would otherwise
  // wait for the whole tree); files of a grouped kind wait for the end, to travel as groups.
  const groups = new Map<string, FileTask[]>();
  // Lanes: YAML and JSON files (parsed by the YAML library) to the workers, everything else to
  // this thread first, so each thread warms up fewer parsers (see ScanPool.submit). A third lane
  // takes the text-only checks of grouped files to the workers too, apart from their evaluation:
  // the workers run those checks on their own files already, so their code is warm there.
  const batches: [FileTask[], FileTask[], FileTask[]] = [[], [], []];
  const TEXT_ONLY = 2;
  const submitBatch = (lane: number) => {
    const tasks = batches[lane]!;
    batches[lane] = [];
    if (tasks.length)
      pool?.submit([lane === TEXT_ONLY ? { tasks, textOnly: true } : { tasks }], { here: lane === 1 });
  };
  const route = (t: FileTask) => {
    const kind = opts.kind ? undefined : detectKind(t.path, undefined);
    let lane = /\.(?:ya?ml|json)$/i.test(t.path) ? 0 : 1;
    if (kind?.parseGroup) {
      const list = groups.get(kind.kind);
      if (list) list.push(t);
      else groups.set(kind.kind, [t]);
      lane = TEXT_ONLY;
    }
    batches[lane]!.push(t);
    if (batches[lane]!.length === (lane === TEXT_ONLY ? TEXT_ONLY_BATCH : STREAM_BATCH)) submitBatch(lane);
  };
  const files = walk(
    opts.paths,
    cwd,
    {
      exclude: [...(config.exclude ?? []), ...(opts.exclude ?? [])],
      respectGitignore: opts.gitignore ?? config.gitignore ?? true,
    },
    (d) => diagnostics.push(d),
  );
  try {
    await walkInto();
    if (pool) {
      // Grouped files, in balanced jobs, to this thread first (see ScanPool.submit).
      pool.submit(groupJobs(groups, io, pool.size + 1), { here: true });
      for (const lane of batches.keys()) submitBatch(lane);
      await pool.drain();
    }
  } catch (e) {
    await pool?.close(); // live worker threads would keep the process from ever exiting
    throw e;
  }
  async function walkInto(): Promise<void> {
    for (const f of files) {
      const task = { absPath: f.absPath, path: f.path, root: f.root };
      tasks.push(task);
      taskByPath.set(task.path, task);
      if (pool) {
        route(task);
        // Let the workers' replies in, so each is handed its next batch while the walk goes on.
        if (tasks.length % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
      } else if (usePool && tasks.length === WORKER_THRESHOLD) {
        // Big enough for threads: they load the rules while the walk goes on.
        pool = new ScanPool(
          init,
          concurrency - 1,
          (reply) => {
            for (const r of reply.results) collect(r);
            if (reply.group) collectGroup(reply.group);
          },
          (job) => runJob(job, rules, io, init),
        );
        for (const t of tasks) route(t);
      }
    }
  }

  if (pool) {
    scanGroups(); // grouped files only recognisable by content (plan JSON) came back from workers
  } else {
    for (const t of tasks) collect(scanFile(t, rules, selection, io, fileOptions));
    scanGroups();
  }

  const { findings, suppressed } = finalise(raw, config, opts.baseline, opts.now ?? new Date());
  return {
    findings,
    suppressed,
    diagnostics: sortDiagnostics(diagnostics),
    stats: { files: tasks.length, bytes, durationMs: performance.now() - started, byKind },
    rules,
    files: tasks,
    selection,
  };
}

/** Texts the group partition read and its jobs reuse, up to this many characters in all. */
const KEPT_TEXT_BUDGET = 64 * 1024 * 1024;

/**
 * Jobs for the grouped kinds: one per kind, or, where the kind can split itself into sets that
 * evaluate apart (Terraform directories no module call joins), a few per thread, largest first,
 * balanced by file count. Splitting reads the files; the jobs take those texts along instead of
 * reading every file a second time (within a budget, so a huge tree is not held in memory).
 */
function groupJobs(groups: ReadonlyMap<string, FileTask[]>, io: ParseIO, threads: number): PoolJob[] {
  const jobs: PoolJob[] = [];
  const kept = new Map<string, string>();
  let keptChars = 0;
  const keeping: ParseIO = {
    ...io,
    readText(absPath) {
      const text = io.readText(absPath);
      if (text !== undefined && keptChars + text.length <= KEPT_TEXT_BUDGET) {
        kept.set(absPath, text);
        keptChars += text.length;
      }
      return text;
    },
  };
  for (const [group, tasks] of groups) {
    const handler = handlerFor(group);
    const byAbs = new Map(tasks.map((t) => [t.absPath, t]));
    const sets = handler?.splitGroup?.([...byAbs.keys()], keeping) ?? [[...byAbs.keys()]];
    const chunks: FileTask[][] = Array.from({ length: Math.min(sets.length, threads * 24) }, () => []);
    for (const set of sets.sort((a, b) => b.length - a.length)) {
      const lightest = chunks.reduce((min, c) => (c.length < min.length ? c : min));
      for (const abs of set) lightest.push(byAbs.get(abs)!);
    }
    for (const chunk of chunks)
      if (chunk.length) jobs.push({ group, tasks: chunk, texts: chunk.map((t) => kept.get(t.absPath)) });
  }
  return jobs.sort((a, b) => b.tasks.length - a.tasks.length);
}

/**
 * Applies severity overrides, fingerprints (with an occurrence counter for true duplicates),
 * inline and config suppressions, expiry dates and the baseline; sorts by severity then place.
 */
export function finalise(
  raw: readonly ScannedFinding[],
  config: PlumbConfig,
  baseline: ReadonlySet<string> | undefined,
  now: Date,
): { findings: Finding[]; suppressed: Finding[] } {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const ignores = (config.ignore ?? []).map((i) => ({
    ...i,
    match: i.path ? picomatch(i.path, { dot: true }) : () => true,
    rule: i.rule.includes('*') ? picomatch(i.rule) : (id: string) => id === i.rule,
  }));
  // True duplicates (same rule, asset and logical path) are told apart by an occurrence number,
  // in file order; only they need sorting.
  const firstPrint = (r: ScannedFinding) => r.firstPrint ?? fingerprint(r.ruleId, r.asset, r.logicalPath, 0);
  const byPrint = new Map<string, ScannedFinding[]>();
  for (const r of raw) {
    const print = firstPrint(r);
    const same = byPrint.get(print);
    if (same) same.push(r);
    else byPrint.set(print, [r]);
  }
  const occurrenceOf = new Map<ScannedFinding, number>();
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const same of byPrint.values()) {
    if (same.length < 2) continue;
    same.sort(
      (a, b) =>
        byCodeUnits(a.file, b.file) ||
        a.range.start.offset - b.range.start.offset ||
        byCodeUnits(a.ruleId, b.ruleId),
    );
    for (const [i, r] of same.entries()) occurrenceOf.set(r, i);
  }
  const settings = new Map<string, ReturnType<typeof ruleSettingFor>>();
  for (const r of raw) {
    const occurrence = occurrenceOf.get(r) ?? 0;
    let setting = settings.get(r.ruleId);
    if (!setting) {
      setting = ruleSettingFor(config, r.ruleId);
      settings.set(r.ruleId, setting);
    }
    const print =
      occurrence === 0 ? firstPrint(r) : fingerprint(r.ruleId, r.asset, r.logicalPath, occurrence);
    const finding = findingOf(r, setting.severity ?? r.severity, print);
    if (r.inlineSuppression) {
      suppressed.push({ ...finding, suppression: { source: 'inline', reason: r.inlineSuppression.reason } });
      continue;
    }
    const ignore = ignores.find(
      (i) => i.rule(r.ruleId) && i.match(r.file) && (!i.fingerprint || i.fingerprint === finding.fingerprint),
    );
    if (ignore) {
      const expired = ignore.expires !== undefined && Date.parse(ignore.expires) < now.getTime();
      if (!expired) {
        suppressed.push({
          ...finding,
          suppression: {
            source: 'config',
            reason: ignore.reason,
            ...(ignore.expires ? { expires: ignore.expires } : {}),
          },
        });
        continue;
      }
    }
    if (baseline?.has(finding.fingerprint)) {
      suppressed.push({ ...finding, suppression: { source: 'baseline', reason: 'present in the baseline' } });
      continue;
    }
    findings.push(finding);
  }
  const pathRank = rankOf([...findings, ...suppressed].map((f) => f.location.path));
  return { findings: sortFindings(findings, pathRank), suppressed: sortFindings(suppressed, pathRank) };
}

/**
 * A report's Finding: the keys in this order (JSON reports print them so), optional ones only
 * when set. Built without spreading temporary objects: a scan makes tens of thousands.
 */
function findingOf(r: ScannedFinding, severity: Finding['severity'], print: string): Finding {
  const f = {
    ruleId: r.ruleId,
    severity,
    title: r.title,
    message: r.message,
    documentKind: r.documentKind,
    location: { path: r.file, range: r.range },
    origin: r.source,
  } as { -readonly [K in keyof Finding]: Finding[K] };
  if (r.related) f.related = r.related;
  f.logicalPath = r.logicalPath;
  f.fingerprint = print;
  if (r.evidence !== undefined) f.evidence = r.evidence;
  if (r.fix) f.fix = r.fix;
  return f;
}

/** By severity, then path (locale order), offset and rule id; sort keys computed once per finding. */
function sortFindings(list: Finding[], pathRank: ReadonlyMap<string, number>): Finding[] {
  const keyed = list.map((f) => ({
    f,
    severity: SEVERITIES.indexOf(f.severity),
    path: pathRank.get(f.location.path)!,
    offset: f.location.range?.start.offset ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.path - b.path ||
      a.offset - b.offset ||
      a.f.ruleId.localeCompare(b.f.ruleId),
  );
  return keyed.map((k) => k.f);
}

/**
 * Each distinct string's place in locale order. Sorting tens of thousands of findings compares
 * their paths ~20 times each; a few thousand distinct paths are compared once here instead.
 */
function rankOf(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  let r = 0;
  for (const [i, v] of distinct.entries()) {
    if (i > 0 && distinct[i - 1]!.localeCompare(v) !== 0) r++; // strings the locale calls equal tie
    rank.set(v, r);
  }
  return rank;
}

function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  return d.sort(
    (a, b) => a.target.localeCompare(b.target) || (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0),
  );
}
