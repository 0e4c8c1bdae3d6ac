import { resolve } from 'node:path';
import { startSchedules } from '../../jobs/scheduler.js';
import { watchGroup } from '../../jobs/watch.js';
import { startNotifications } from '../../platform/notification-service.js';
import { startPlatform } from '../../platform/platform.js';
import { buildApp } from '../../server/app.js';
import { WEB_DIR } from '../../server/web-dir.js';
import { VERSION } from '../../version.js';
import { UsageError } from '../usage-error.js';

export interface ServeFlags {
  host: string;
  port: string;
  dataDir: string;
  database?: string;
  config?: string;
  scan?: boolean;
}

/** `plumb serve`: the platform until a signal arrives. */
export async function runServe(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port expects 0-65535, got "${flags.port}"`);
  const cwd = process.cwd();
  const log = (m: string) => process.stderr.write(`[plumb] ${m}\n`);
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  try {
    platform = await startPlatform({
      cwd,
      dataDir: resolve(cwd, flags.dataDir),
      databaseUrl: flags.database,
      configFile: flags.config,
      adminTokenFromEnv: process.env.PLUMB_ADMIN_TOKEN,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (platform.interruptedScans)
    log(`${platform.interruptedScans} scan(s) interrupted by the last shutdown were marked failed`);
  let notifications: Awaited<ReturnType<typeof startNotifications>>;
  try {
    notifications = await startNotifications(platform, flags.config ?? 'plumb.yaml', log);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const app = await buildApp(platform, { version: VERSION, webDir: WEB_DIR, log, notifications });
  const address = await app.listen({ host: flags.host, port });
  const url = address.replace('[::1]', 'localhost');
  process.stdout.write(`Plumbline is serving on ${url}\n`);
  if (platform.newAdminToken)
    process.stdout.write(`Admin token (shown once, store it now): ${platform.newAdminToken}\n`);
  const stopSchedules = startSchedules(platform.groups, platform.scans, log);
  const watchers = platform.groups
    .filter((g) => g.watch)
    .map((g) =>
      watchGroup(g, platform.scans, {
        cwd,
        onScan: (o, changed) => {
          const drift = o.transitions.filter((t) => t.to === 'new' || t.to === 'reopened');
          log(
            `re-scanned ${g.name} after changes to ${changed.join(', ')}: ${drift.length} drift event(s), ${o.counts.fixed} fixed`,
          );
        },
        onError: (e) => log(`watch of ${g.name}: ${e.message}`),
      }),
    );
  await Promise.all(watchers.map((w) => w.ready));
  if (flags.scan) {
    for (const g of platform.groups) {
      const r = await platform.scans.scanGroup(g, 'start');
      log(`scanned ${g.name}: ${r.counts.total} findings (${r.counts.new} new)`);
    }
  }
  process.stdout.write('Ready.\n');
  const shutdown = async () => {
    stopSchedules();
    await notifications?.stop();
    await Promise.all(watchers.map((w) => w.close()));
    await app.close();
    await platform.store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await new Promise(() => {}); // serve until a signal arrives
}
