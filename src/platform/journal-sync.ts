import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listRuns } from '../remediation/journal.js';
import { readLiveRun } from '../remediation/live-run.js';
import type { Store } from '../store/connect.js';

/**
 * Brings fix runs made from the command line (`plumb fix --apply`, journaled under
 * `<dataDir>/journal/`) into the store's remediation history, and records later rollbacks.
 * Idempotent: a run is keyed by its journal id.
 */
export async function syncJournal(store: Store, dataDir: string): Promise<number> {
  let added = 0;
  const upsert = async (row: {
    id: string;
    kind: string;
    status: string;
    plan: unknown;
    result: unknown;
    verified: boolean;
    createdAt: string;
    rolledBackAt: string | null;
  }) => {
    const existing = await store.db
      .selectFrom('remediation_runs')
      .select(['id', 'status'])
      .where('id', '=', row.id)
      .executeTakeFirst();
    if (existing) {
      // The journal only adds news about rollbacks; the API's own "verified" status stays.
      if (row.status === 'rolled-back' && existing.status !== 'rolled-back') {
        await store.db
          .updateTable('remediation_runs')
          .set({ status: row.status, rolled_back_at: row.rolledBackAt })
          .where('id', '=', row.id)
          .execute();
      }
      return;
    }
    await store.db
      .insertInto('remediation_runs')
      .values({
        id: row.id,
        target_group: null,
        kind: row.kind,
        status: row.status,
        approved_by: 'plumb fix (command line)',
        plan: JSON.stringify(row.plan),
        result: JSON.stringify(row.result),
        verified: row.verified ? 1 : 0,
        created_at: row.createdAt,
        rolled_back_at: row.rolledBackAt,
      })
      .execute();
    added++;
  };
  for (const run of listRuns(dataDir)) {
    await upsert({
      id: `journal:${run.runId}`,
      kind: 'file',
      status: run.status,
      plan: { runId: run.runId, files: run.files.map((f) => f.path), fixes: run.fixes },
      result: { written: run.files.map((f) => f.path) },
      verified: run.verified,
      createdAt: run.createdAt,
      rolledBackAt: run.rolledBackAt ?? null,
    });
  }
  const dir = join(dataDir, 'journal');
  if (existsSync(dir)) {
    for (const id of readdirSync(dir)) {
      const live = readLiveRun(dataDir, id);
      if (!live) continue;
      await upsert({
        id: `journal:${live.runId}`,
        kind: 'live',
        status: live.status,
        plan: {
          runId: live.runId,
          files: [],
          fixes: live.applied.map((a) => ({ type: a.action.type, ruleIds: a.action.ruleIds })),
        },
        result: { steps: live.applied.flatMap((a) => a.steps), verification: live.verification },
        verified: live.verification.every((v) => v.ok),
        createdAt: live.createdAt,
        rolledBackAt: live.rolledBackAt ?? null,
      });
    }
  }
  return added;
}
