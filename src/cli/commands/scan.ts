import type { Command } from 'commander';
import { atLeast } from '../../core/severity.js';
import { scan } from '../../engine/scan.js';
import { formatReport } from '../../report/format.js';
import { emit } from '../output.js';
import { progressBar } from '../progress.js';
import {
  type CommonScanFlags,
  collect,
  loadBaseline,
  loadScanConfig,
  parseConcurrency,
  parseFailOn,
  parseFormat,
  parseMaxSize,
  parseSet,
  validateKind,
} from '../scan-options.js';
import { EXIT } from '../usage-error.js';
import { VERSION } from '../version.js';

export function addScanFlags(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'text | json | sarif | junit | markdown', 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (none: never)')
    .option('-e, --exclude <glob>', 'leave out matching paths (repeatable)', collect)
    .option('-k, --kind <kind>', 'parse every file as this kind instead of detecting it')
    .option('-c, --config <file>', 'config file (default: plumb.yaml or .plumb.yaml at the scan root)')
    .option('--baseline <file>', 'report only findings not in this baseline (see `plumb baseline`)')
    .option('--show-suppressed', 'also list findings silenced inline, by config or by the baseline')
    .option('--max-file-size <size>', 'skip larger files with a diagnostic (default 5MB)')
    .option('--no-gitignore', 'scan files that .gitignore excludes')
    .option('-r, --rule <id>', 'run only these rules (id or glob such as docker/*; repeatable)', collect)
    .option(
      '--set <rule.option=value>',
      'set a rule option, e.g. docker/run-as-root.user=app (repeatable)',
      collect,
    )
    .option('--var-file <file>', 'Terraform variables file (repeatable)', collect)
    .option('-j, --concurrency <n>', 'worker threads (default: number of cores)')
    .option('--no-color', 'plain text output')
    .option('-v, --verbose', 'also list notes (binary files skipped...)');
}

export function registerScan(program: Command): void {
  addScanFlags(
    program
      .command('scan')
      .description('scan files and directories for misconfigurations and secrets')
      .argument('[paths...]', 'files or directories to scan', ['.']),
  ).action(async (paths: string[], flags: CommonScanFlags) => {
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
    const result = await scan({
      paths,
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
    });
    progress.done();
    const toStdout = !flags.output || flags.output === '-';
    const text = formatReport(
      format,
      {
        findings: result.findings,
        suppressed: result.suppressed,
        showSuppressed: flags.showSuppressed ?? false,
        diagnostics: result.diagnostics,
        rules: result.rules,
        stats: result.stats,
        cwd,
        toolVersion: VERSION,
        startedAt,
      },
      {
        color: flags.color !== false && toStdout && process.stdout.isTTY === true && !process.env.NO_COLOR,
        verbose: flags.verbose ?? false,
      },
    );
    emit(text, flags.output, cwd);
    const failing = failOn !== 'none' && result.findings.some((f) => atLeast(f.severity, failOn));
    process.exitCode = failing ? EXIT.findings : EXIT.ok;
  });
}
