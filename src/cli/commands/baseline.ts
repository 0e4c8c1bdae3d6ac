import type { Command } from 'commander';
import { collect } from '../collect.js';
import { lazyAction } from '../lazy-action.js';

export function registerBaseline(program: Command): void {
  program
    .command('baseline')
    .description('record the fingerprints of current findings, so later scans report only new ones')
    .argument('[paths...]', 'files or directories to scan', ['.'])
    .requiredOption('-o, --output <file>', 'where to write the baseline (JSON)')
    .option('-c, --config <file>', 'config file')
    .option('-e, --exclude <glob>', 'leave out matching paths (repeatable)', collect)
    .action(lazyAction(async () => (await import('./baseline-action.js')).runBaseline));
}
