import type { Command } from 'commander';
import { collect } from '../collect.js';
import { lazyAction } from '../lazy-action.js';

export function addScanFlags(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'text | json | sarif | junit | markdown | ocsf', 'text')
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
    .option('--no-default-credentials', "live targets: never try a product's documented default login")
    .option('--timeout <ms>', 'live targets: per-socket timeout in milliseconds', '3000')
    .option('--notify', 'record the scan in the store and deliver notifications (plumb.yaml `notifications`)')
    .option('--data-dir <dir>', 'store for --notify (deduplication across runs)', '.plumb')
    .option('--no-color', 'plain text output')
    .option('-v, --verbose', 'also list notes (binary files skipped...)');
}

export function registerScan(program: Command): void {
  addScanFlags(
    program
      .command('scan')
      .description('scan files and directories for misconfigurations and secrets')
      .argument('[targets...]', 'files, directories, or live targets (URL, host:port, host, CIDR)', ['.']),
  ).action(lazyAction(async () => (await import('./scan-action.js')).runScan));
}
