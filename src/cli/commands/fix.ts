import type { Command } from 'commander';
import { collect } from '../collect.js';
import { lazyAction } from '../lazy-action.js';

export function registerFix(program: Command): void {
  program
    .command('fix')
    .description('plan fixes as a reviewed diff (dry run); --apply writes them, verified and reversible')
    .argument('[paths...]', 'files or directories', ['.'])
    .option('--apply', 'write the fixes (atomic, journaled; undo with plumb rollback)')
    .option('-r, --rule <id>', 'only fixes for these rules (id or glob; repeatable)', collect)
    .option('--severity <level>', 'only findings at or above this severity')
    .option('--file <glob>', 'only files matching this glob (repeatable)', collect)
    .option('--patch <file>', 'write a `git apply`-able patch instead of printing the diff')
    .option('--git-branch <name>', 'with --apply: commit the fixes on a new branch of the scanned repository')
    .option('--history', 'list earlier fix runs')
    .option(
      '--set <rule.option=value>',
      'answer a suggested fix, e.g. docker/run-as-root.user=app (repeatable)',
      collect,
    )
    .option('--data-dir <dir>', 'where the journal lives', '.plumb')
    .option('-c, --config <file>', 'config file')
    .option('-e, --exclude <glob>', 'leave out matching paths (repeatable)', collect)
    .option('-k, --kind <kind>', 'parse every file as this kind')
    .option('--max-file-size <size>', 'skip larger files')
    .option('--var-file <file>', 'Terraform variables file (repeatable)', collect)
    .option('--json', 'print the plan or history as JSON')
    .action(lazyAction(async () => (await import('./fix-action.js')).runFix));

  program
    .command('rollback')
    .description('restore the files of a fix run byte for byte (default: the latest run)')
    .argument('[run-id]', 'run id from `plumb fix --history`')
    .option('--data-dir <dir>', 'where the journal lives', '.plumb')
    .action(lazyAction(async () => (await import('./fix-action.js')).runRollback));
}
