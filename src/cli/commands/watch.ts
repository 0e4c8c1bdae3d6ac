import type { Command } from 'commander';
import { lazyAction } from '../lazy-action.js';

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('re-scan a tree on every saved change and record drift in the store')
    .argument('<path>', 'directory to watch')
    .option('--data-dir <dir>', 'store location', '.plumb')
    .option('--database <url>', 'postgres://... instead of SQLite')
    .option('-c, --config <file>', 'config file')
    .action(lazyAction(async () => (await import('./watch-action.js')).runWatch));
}
