import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSchedules } from '../../src/jobs/scheduler.js';
import { startPlatform } from '../../src/platform/platform.js';
import { teamItems, teamReportHtml, teamReportMarkdown } from '../../src/report/team-report.js';
import { tempTree } from '../support/tmp.js';

const CONFIG = `organisation:
  subsidiaries:
    - name: Acme Retail
      teams: [{ name: Shop }]
ownership:
  - { team: Shop, match: path, pattern: "shop/**" }
targets:
  - name: every-second
    paths: [.]
    schedule: "* * * * * *"
    exclude: [plumb.yaml]
`;

describe('scheduled scans and team reports', () => {
  it('runs a target group on its cron schedule and reports the team to-do list by severity', {
    timeout: 30_000,
  }, async () => {
    const root = tempTree({
      'plumb.yaml': CONFIG,
      'shop/Dockerfile': 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n',
      'shop/k8s.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n',
    });
    const platform = await startPlatform({
      cwd: root,
      dataDir: join(root, '.plumb'),
      adminTokenFromEnv: 'plb_schedule-test-token-0000',
    });
    const logs: string[] = [];
    const stop = startSchedules(platform.groups, platform.scans, (m) => logs.push(m));
    const deadline = Date.now() + 5000;
    let scans: { trigger: string; status: string }[] = [];
    while (Date.now() < deadline) {
      scans = await platform.store.db.selectFrom('scans').select(['trigger', 'status']).execute();
      if (scans.some((s) => s.status === 'completed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    stop();
    expect(scans.find((s) => s.status === 'completed')?.trigger).toBe('schedule');
    expect(logs.some((l) => l.startsWith('scheduled scan of every-second'))).toBe(true);

    const report = await teamItems(platform.store, 'Shop');
    expect(report?.items.length).toBeGreaterThan(1);
    expect(report?.items[0]).toMatchObject({
      severity: 'critical',
      ruleId: 'k8s/privileged',
      path: 'shop/k8s.yaml',
      autoFix: true,
    });
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const sev = report!.items.map((i) => order.indexOf(i.severity));
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
    const md = teamReportMarkdown(report!.team, report!.items);
    expect(md).toMatch(/^# Shop: security to-do list/);
    expect(md).toContain('**What to change:**');
    const html = teamReportHtml(report!.team, report!.items);
    expect(html).toContain('<h1>Shop: security to-do list</h1>');
    expect(html).not.toContain('<script');
    expect(await teamItems(platform.store, 'Nobody')).toBeUndefined();
    await platform.store.close();
  });

  it('refuses an invalid cron expression naming the target group', async () => {
    const root = tempTree({
      'plumb.yaml': 'targets:\n  - { name: bad, paths: [.], schedule: "every day" }\n',
    });
    const platform = await startPlatform({
      cwd: root,
      dataDir: join(root, '.plumb'),
      adminTokenFromEnv: 'plb_schedule-test-token-0001',
    });
    expect(() => startSchedules(platform.groups, platform.scans, () => {})).toThrow(
      /target group bad: invalid schedule "every day"/,
    );
    await platform.store.close();
  });
});
