import { resolve } from 'node:path';
import { watchGroup } from '../../jobs/watch.js';
import { startPlatform } from '../../platform/platform.js';
import { UsageError } from '../usage-error.js';

export interface WatchFlags {
  dataDir: string;
  database?: string;
  config?: string;
}

/** `plumb watch`: re-scan on every saved change until a signal arrives. */
export async function runWatch(path: string, flags: WatchFlags): Promise<void> {
  const cwd = process.cwd();
  const platform = await startPlatform({
    cwd,
    dataDir: resolve(cwd, flags.dataDir),
    databaseUrl: flags.database,
    configFile: flags.config,
  }).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  const group = {
    name: `watch:${path}`,
    paths: [resolve(cwd, path)],
    watch: true,
    exclude: [] as string[],
  };
  const first = await platform.scans.scanGroup(group, 'watch');
  process.stdout.write(
    `Watching ${path}: ${first.counts.total} findings now. Save a file to re-scan (Ctrl-C to stop).\n`,
  );
  const w = watchGroup(group, platform.scans, {
    cwd,
    onScan: (o, changed) => {
      const stamp = new Date().toISOString().slice(11, 19);
      process.stdout.write(
        `${stamp} ${changed.join(', ')}: ${o.counts.total} findings, ${o.counts.new + o.counts.reopened} new (drift), ${o.counts.fixed} fixed\n`,
      );
      for (const t of o.transitions.filter((x) => x.to === 'new' || x.to === 'reopened')) {
        const f = t.finding;
        if (f)
          process.stdout.write(
            `  DRIFT ${f.severity.toUpperCase()} ${f.location.path}:${f.location.range?.start.line ?? 0} ${f.message} [${f.ruleId}]\n`,
          );
      }
    },
    onError: (e) => process.stderr.write(`plumb watch: ${e.message}\n`),
  });
  await w.ready;
  const stop = async () => {
    await w.close();
    await platform.store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await new Promise(() => {});
}
