import type { Command } from 'commander';
import { lazyAction } from '../lazy-action.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the platform: API, dashboard, scheduled and watched scans')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', '7474')
    .option('--data-dir <dir>', 'where the SQLite store, journal and secrets live', '.plumb')
    .option('--database <url>', 'postgres://... to use PostgreSQL instead of SQLite')
    .option('-c, --config <file>', 'config file (default: plumb.yaml in the working directory)')
    .option('--scan', 'scan every target group once at start')
    .action(lazyAction(async () => (await import('./serve-action.js')).runServe));
}
