import { resolve } from 'node:path';
import { atLeast } from '../../core/severity.js';
import type { PlumbConfig } from '../../engine/config.js';
import { isLiveTarget, scanLive } from '../../engine/live-scan.js';
import { type ScanResult, scan } from '../../engine/scan.js';
import { formatOcsf, notifyScan, parseNotificationsConfig } from '../../integrations/index.js';
import type { MatchType } from '../../ownership/match.js';
import { syncOrganisation } from '../../platform/org-sync.js';
import { parsePlatformConfig } from '../../platform/platform-config.js';
import { formatReport } from '../../report/format.js';
import { jsonChunks } from '../../report/json.js';
import { openStore } from '../../store/connect.js';
import { recordScan, startScan } from '../../store/record-scan.js';
import { VERSION } from '../../version.js';
import { emit } from '../output.js';
import { progressBar } from '../progress.js';
import {
  type CommonScanFlags,
  loadBaseline,
  loadScanConfig,
  parseConcurrency,
  parseFailOn,
  parseFormat,
  parseMaxSize,
  parseSet,
  validateKind,
} from '../scan-options.js';
import { EXIT, UsageError } from '../usage-error.js';

/** `plumb scan`: files and live targets, one report. */
export async function runScan(paths: string[], flags: CommonScanFlags): Promise<void> {
  const cwd = process.cwd();
  const format = parseFormat(flags.format);
  const { config } = loadScanConfig(paths, flags.config, cwd);
  const failOn = parseFailOn(flags.failOn, config);
  const baseline = loadBaseline(flags.baseline, cwd);
  const kind = validateKind(flags.kind);
  const maxFileSize = parseMaxSize(flags.maxFileSize, config);
  const concurrency = parseConcurrency(flags.concurrency);
  const progress = progressBar();
  const startedAt = new Date();
  const live = paths.filter((p) => isLiveTarget(p, cwd));
  const files = paths.filter((p) => !live.includes(p));
  const timeoutMs = Number(flags.timeout ?? 3000);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 50 || timeoutMs > 120_000)
    throw new UsageError(`--timeout expects 50-120000 ms, got "${flags.timeout}"`);
  const liveResult = live.length
    ? await scanLive({
        targets: live,
        config,
        timeoutMs,
        ...(flags.defaultCredentials === false ? { defaultCredentials: false } : {}),
        ...(flags.rule ? { only: flags.rule } : {}),
      })
    : undefined;
  const fileResult =
    files.length || !live.length
      ? await scan({
          paths: files,
          cwd,
          config,
          ...(flags.exclude ? { exclude: flags.exclude } : {}),
          ...(kind ? { kind } : {}),
          ...(maxFileSize ? { maxFileSize } : {}),
          ...(flags.gitignore === false ? { gitignore: false } : {}),
          ...(baseline ? { baseline } : {}),
          ...(flags.rule ? { only: flags.rule } : {}),
          set: parseSet(flags.set),
          ...(flags.varFile ? { varFiles: flags.varFile } : {}),
          ...(concurrency ? { concurrency } : {}),
          onProgress: (d, t) => progress.update(d, t),
        })
      : undefined;
  progress.done();
  const result = mergeResults(fileResult, liveResult);
  const toStdout = !flags.output || flags.output === '-';
  if (flags.notify) await notify(paths, result, config, cwd, flags.dataDir ?? '.plumb');
  const input = {
    findings: result.findings,
    suppressed: result.suppressed,
    showSuppressed: flags.showSuppressed ?? false,
    diagnostics: result.diagnostics,
    rules: result.rules,
    stats: result.stats,
    cwd,
    toolVersion: VERSION,
    startedAt,
  };
  const text =
    format === 'ocsf'
      ? formatOcsf(input)
      : format === 'json'
        ? jsonChunks(input)
        : formatReport(format, input, {
            color:
              flags.color !== false && toStdout && process.stdout.isTTY === true && !process.env.NO_COLOR,
            verbose: flags.verbose ?? false,
          });
  emit(text, flags.output, cwd);
  const failing = failOn !== 'none' && result.findings.some((f) => atLeast(f.severity, failOn));
  process.exitCode = failing ? EXIT.findings : EXIT.ok;
}

/** File and live results in one report (findings most severe first, as each list already is). */
function mergeResults(a: ScanResult | undefined, b: ScanResult | undefined): ScanResult {
  if (!a) return b!;
  if (!b) return a;
  const order = ['critical', 'high', 'medium', 'low', 'info'];
  return {
    ...a,
    findings: [...a.findings, ...b.findings].sort(
      (x, y) => order.indexOf(x.severity) - order.indexOf(y.severity),
    ),
    suppressed: [...a.suppressed, ...b.suppressed],
    diagnostics: [...a.diagnostics, ...b.diagnostics],
    stats: {
      ...a.stats,
      files: a.stats.files + b.stats.files,
      durationMs: Math.max(a.stats.durationMs, b.stats.durationMs),
    },
  };
}

/**
 * `--notify`: record the scan in the store (so each finding is announced once per state change,
 * however often the same tree is scanned) and deliver what the routes ask for.
 */
async function notify(
  paths: readonly string[],
  result: ScanResult,
  config: PlumbConfig,
  cwd: string,
  dataDir: string,
): Promise<void> {
  if (config.notifications === undefined)
    throw new UsageError('--notify needs a `notifications` section in plumb.yaml');
  let notifications: ReturnType<typeof parseNotificationsConfig>;
  let platformConfig: ReturnType<typeof parsePlatformConfig>;
  try {
    notifications = parseNotificationsConfig(config.notifications);
    platformConfig = parsePlatformConfig(config as Record<string, unknown>, 'plumb.yaml');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const store = await openStore({ dataDir: resolve(cwd, dataDir) });
  try {
    const defaultTeamId = await syncOrganisation(store, platformConfig);
    const rows = await store.db.selectFrom('ownership_rules').selectAll().orderBy('position').execute();
    const ownership = rows.map((r) => ({
      teamId: r.team_id,
      type: r.match_type as MatchType,
      pattern: r.pattern,
    }));
    const targetGroup = `cli:${[...paths]
      .map((p) => resolve(cwd, p))
      .sort()
      .join(',')}`;
    const scanId = await startScan(store, targetGroup, 'cli');
    const recorded = await recordScan(store, {
      scanId,
      targetGroup,
      findings: result.findings,
      files: result.stats.files,
      complete: true,
      ownership,
      defaultTeamId,
    });
    const summary = await notifyScan(store, notifications, {
      targetGroup,
      transitions: recorded.transitions,
      trigger: 'cli',
    });
    const errors = summary.errors.length ? ` (${summary.errors.join('; ')})` : '';
    process.stderr.write(
      `notifications: ${summary.sent} sent, ${summary.duplicates} already announced, ${summary.failed} failed, ${summary.pending} pending${errors}\n`,
    );
  } finally {
    await store.close();
  }
}
