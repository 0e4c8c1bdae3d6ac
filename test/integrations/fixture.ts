import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Finding, fingerprint } from '../../src/core/finding.js';
import type { Severity } from '../../src/core/severity.js';
import { ManualClock } from '../../src/integrations/clock.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { newId } from '../../src/store/ids.js';
import { recordScan, type ScanRecordResult, startScan } from '../../src/store/record-scan.js';

/** A store in a temp dir with two teams owning `payments/**` and `web/**`. */
export async function testStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'plumb-notify-'));
  const store = await openStore({ dataDir: dir });
  const now = new Date().toISOString();
  await store.db
    .insertInto('teams')
    .values([
      {
        id: 'team_pay',
        name: 'payments',
        subsidiary_id: null,
        contact: 'payments@example.test',
        created_at: now,
      },
      { id: 'team_web', name: 'web', subsidiary_id: null, contact: null, created_at: now },
    ])
    .execute();
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function finding(
  path: string,
  opts: { rule?: string; severity?: Severity; logical?: string } = {},
): Finding {
  const rule = opts.rule ?? 'docker/run-as-root';
  const logical = opts.logical ?? `${path}/final-stage`;
  return {
    ruleId: rule,
    severity: opts.severity ?? 'high',
    title: 'Container runs as root',
    message: `the final stage of ${path} runs as root`,
    documentKind: 'dockerfile',
    location: {
      path,
      range: { start: { line: 3, column: 1, offset: 20 }, end: { line: 3, column: 10, offset: 29 } },
    },
    logicalPath: logical,
    fingerprint: fingerprint(rule, path, logical),
    fix: {
      description: 'add USER 10001',
      automatic: false,
      edits: [],
      question: 'Which user?',
      option: 'docker/run-as-root.user',
    },
  };
}

const OWNERSHIP = [
  { teamId: 'team_pay', type: 'path' as const, pattern: 'payments/**' },
  { teamId: 'team_web', type: 'path' as const, pattern: 'web/**' },
];

/** Records one complete scan of `group` with these findings (as `plumb scan` would). */
export async function scanOnce(
  store: Store,
  findings: readonly Finding[],
  opts: { group?: string; trigger?: string; now?: Date } = {},
): Promise<ScanRecordResult & { scanId: string }> {
  const group = opts.group ?? 'repo';
  const scanId = await startScan(store, group, opts.trigger ?? 'cli', opts.now);
  const r = await recordScan(store, {
    scanId,
    targetGroup: group,
    findings,
    files: findings.length,
    complete: true,
    ownership: OWNERSHIP,
    ...(opts.now ? { now: opts.now } : {}),
  });
  return { ...r, scanId };
}

export const unique = () => newId('t');

/**
 * A test clock near the real time but never in the last 20 minutes of an hour: digests close at
 * epoch-aligned hour ends, and a test's retry budget (up to 10 simulated minutes) must not reach
 * one by accident, whatever time of day the suite runs.
 */
export function clockAwayFromHourEdge(): ManualClock {
  const now = Date.now();
  return new ManualClock(now % 3_600_000 > 2_400_000 ? now - 1_200_000 : now);
}
