import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchGroup } from '../../src/jobs/watch.js';
import { startPlatform } from '../../src/platform/platform.js';
import type { ScanOutcome } from '../../src/platform/scan-service.js';
import { startScan } from '../../src/store/record-scan.js';
import { tempTree } from '../support/tmp.js';

describe('keeping watch', () => {
  it('re-scans a saved change within 2 s and reports the new finding as drift', async () => {
    const root = tempTree({
      'app/Dockerfile':
        'FROM node:20.11-alpine\nUSER node\nHEALTHCHECK CMD wget -q -O- localhost:3000/health || exit 1\nCMD ["node", "app.js"]\n',
    });
    const platform = await startPlatform({
      cwd: root,
      dataDir: join(root, '.plumb'),
      adminTokenFromEnv: 'plb_watch-test-token-000000',
    });
    const group = { name: 'watched', paths: [root], watch: true, exclude: [] as string[] };
    await platform.scans.scanGroup(group, 'start');
    const outcomes: ScanOutcome[] = [];
    const w = watchGroup(group, platform.scans, { cwd: root, onScan: (o) => outcomes.push(o) });
    await w.ready;
    const saved = Date.now();
    writeFileSync(
      join(root, 'app/Dockerfile'),
      'FROM node:20.11-alpine\nHEALTHCHECK CMD wget -q -O- localhost:3000/health || exit 1\nCMD ["node", "app.js"]\n',
    );
    while (outcomes.length === 0 && Date.now() - saved < 5000) await new Promise((r) => setTimeout(r, 25));
    const elapsed = Date.now() - saved;
    await w.close();
    expect(outcomes.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2000);
    const drift = outcomes[0]!.transitions.filter((t) => t.to === 'new');
    expect(drift.map((t) => t.finding?.ruleId)).toContain('docker/run-as-root');
    const scan = await platform.store.db
      .selectFrom('scans')
      .select(['trigger', 'status'])
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(scan).toEqual({ trigger: 'watch', status: 'completed' });
    await platform.store.close();
  });

  it('marks a scan interrupted by a crash as failed on restart, keeping committed data', async () => {
    const root = tempTree({ Dockerfile: 'FROM node:20.11-alpine\nCMD ["x"]\n' });
    const dataDir = join(root, '.plumb');
    const first = await startPlatform({
      cwd: root,
      dataDir,
      adminTokenFromEnv: 'plb_crash-test-token-000000',
    });
    await first.scans.scanGroup(first.groups[0]!, 'start');
    await startScan(first.store, 'default', 'manual'); // the process "dies" here, mid-scan
    await first.store.close();
    const second = await startPlatform({
      cwd: root,
      dataDir,
      adminTokenFromEnv: 'plb_crash-test-token-000000',
    });
    expect(second.interruptedScans).toBe(1);
    const scans = await second.store.db
      .selectFrom('scans')
      .select(['status'])
      .orderBy('started_at')
      .execute();
    expect(scans.map((s) => s.status)).toEqual(['completed', 'failed']);
    expect((await second.store.db.selectFrom('findings').select('id').execute()).length).toBeGreaterThan(0);
    await second.store.close();
  });

  it('serialises concurrent scans of one target group', async () => {
    const root = tempTree({ Dockerfile: 'FROM node:20.11-alpine\nCMD ["x"]\n' });
    const platform = await startPlatform({
      cwd: root,
      dataDir: join(root, '.plumb'),
      adminTokenFromEnv: 'plb_serial-test-token-00000',
    });
    const g = platform.groups[0]!;
    const [a, b, c] = await Promise.all([
      platform.scans.scanGroup(g, 'a'),
      platform.scans.scanGroup(g, 'b'),
      platform.scans.scanGroup(g, 'c'),
    ]);
    expect(a.counts.new).toBeGreaterThan(0);
    expect(b.counts.new).toBe(0);
    expect(c.counts.new).toBe(0);
    const scans = await platform.store.db
      .selectFrom('scans')
      .select(['started_at', 'finished_at'])
      .orderBy('started_at')
      .execute();
    for (let i = 1; i < scans.length; i++)
      expect(scans[i]!.started_at >= scans[i - 1]!.finished_at!).toBe(true);
    await platform.store.close();
  });
});
