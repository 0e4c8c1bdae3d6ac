import { resolve } from 'node:path';
import type { Command } from 'commander';
import { teamItems, teamReportHtml, teamReportMarkdown } from '../../report/team-report.js';
import { openStore } from '../../store/connect.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description("a team's action items in plain language, ordered by severity and SLA")
    .requiredOption('--team <name>', 'team name (or id)')
    .option('-f, --format <format>', 'md | html', 'md')
    .option('-o, --output <file>', 'write to a file')
    .option('--data-dir <dir>', 'store location', '.plumb')
    .option('--database <url>', 'postgres://... instead of SQLite')
    .action(
      async (flags: {
        team: string;
        format: string;
        output?: string;
        dataDir: string;
        database?: string;
      }) => {
        if (!['md', 'markdown', 'html'].includes(flags.format))
          throw new UsageError(`--format expects md or html, got "${flags.format}"`);
        const store = await openStore({
          dataDir: resolve(process.cwd(), flags.dataDir),
          ...(flags.database ? { databaseUrl: flags.database } : {}),
        });
        try {
          const r = await teamItems(store, flags.team);
          if (!r)
            throw new UsageError(
              `no team "${flags.team}" in the store (scan with \`plumb serve\` or \`plumb watch\` first)`,
            );
          emit(
            flags.format === 'html' ? teamReportHtml(r.team, r.items) : teamReportMarkdown(r.team, r.items),
            flags.output,
            process.cwd(),
          );
        } finally {
          await store.close();
        }
      },
    );
}
