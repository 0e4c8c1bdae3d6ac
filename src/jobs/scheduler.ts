import { Cron } from 'croner';
import type { TargetGroup } from '../platform/platform-config.js';
import type { ScanService } from '../platform/scan-service.js';

/** Scheduled scans per target group (cron expressions), in serve mode. */
export function startSchedules(
  groups: readonly TargetGroup[],
  scans: ScanService,
  log: (m: string) => void,
): () => void {
  const jobs: Cron[] = [];
  for (const g of groups) {
    if (!g.schedule) continue;
    try {
      jobs.push(
        new Cron(
          g.schedule,
          { protect: true, catch: (e) => log(`scheduled scan of ${g.name} failed: ${(e as Error).message}`) },
          async () => {
            const r = await scans.scanGroup(g, 'schedule');
            log(
              `scheduled scan of ${g.name}: ${r.counts.total} findings (${r.counts.new} new, ${r.counts.fixed} fixed)`,
            );
          },
        ),
      );
    } catch (e) {
      throw new Error(`target group ${g.name}: invalid schedule "${g.schedule}": ${(e as Error).message}`);
    }
  }
  return () => {
    for (const j of jobs) j.stop();
  };
}
