import type { Command } from 'commander';
import { lazyAction } from '../lazy-action.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description("a team's action items in plain language, ordered by severity and SLA")
    .requiredOption('--team <name>', 'team name (or id)')
    .option('-f, --format <format>', 'md | html', 'md')
    .option('-o, --output <file>', 'write to a file')
    .option('--data-dir <dir>', 'store location', '.plumb')
    .option('--database <url>', 'postgres://... instead of SQLite')
    .action(lazyAction(async () => (await import('./report-action.js')).runReport));
}
