import { resolve } from 'node:path';
import { teamItems, teamReportHtml, teamReportMarkdown } from '../../report/team-report.js';
import { openStore } from '../../store/connect.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';

export interface ReportFlags {
  team: string;
  format: string;
  output?: string;
  dataDir: string;
  database?: string;
}

/** `plumb report`: one team's action items from the store. */
export async function runReport(flags: ReportFlags): Promise<void> {
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
}
