import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { fingerprint } from '../core/finding.js';
import { openStore, type Store } from './connect.js';
import { failInterruptedScans, lapseExpired, recordScan, setFindingState, startScan } from './record-scan.js';

const PG_ADMIN = process.env.PLUMB_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function finding(
  rule: string,
  path: string,
  logical: string,
  severity: Finding['severity'] = 'high',
): Finding {
  return {
    ruleId: rule,
    severity,
    title: rule,
    message: `${rule} at ${path}`,
    documentKind: path.endsWith('.yaml') ? 'kubernetes' : 'dockerfile',
    location: {
      path,
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    },
    logicalPath: logical,
    fingerprint: fingerprint(rule, path, logical),
  };
}

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh PostgreSQL database for this run, dropped afterwards (the server's own data is untouched). */
async function tempPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `plumb_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const backends: { name: string; open: () => Promise<{ store: Store; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plumb-store-'));
      const store = await openStore({ dataDir: dir });
      return {
        store,
        cleanup: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const db = await tempPgDatabase();
      const store = await openStore({ dataDir: '', databaseUrl: db.url });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await db.drop();
        },
      };
    },
  },
];

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let skip = false;
    beforeAll(async () => {
      if (backend.name === 'postgres' && !(await pgAvailable())) {
        if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN}`);
        skip = true;
        return;
      }
      ({ store, cleanup } = await backend.open());
      await store.db
        .insertInto('subsidiaries')
        .values({ id: 'sub1', name: 'Acme EU', created_at: '2026-01-01' })
        .execute();
      await store.db
        .insertInto('teams')
        .values([
          {
            id: 'payments',
            name: 'Payments',
            subsidiary_id: 'sub1',
            contact: null,
            created_at: '2026-01-01',
          },
          {
            id: 'unowned',
            name: 'Security (default owner)',
            subsidiary_id: null,
            contact: null,
            created_at: '2026-01-01',
          },
        ])
        .execute();
    });
    afterAll(async () => {
      if (!skip) await cleanup();
    });

    it('moves findings through new -> open -> fixed -> reopened, keyed by fingerprint', async () => {
      if (skip) return;
      const ownership = [{ teamId: 'payments', type: 'path' as const, pattern: 'payments/**' }];
      const a = finding('docker/run-as-root', 'payments/Dockerfile', 'stage[0]/user');
      const b = finding(
        'k8s/privileged',
        'infra/app.yaml',
        'Deployment/prod/web/containers[app]/privileged',
        'critical',
      );
      const t0 = new Date('2026-03-01T00:00:00Z');
      const s1 = await startScan(store, 'repo', 'manual', t0);
      const r1 = await recordScan(store, {
        scanId: s1,
        targetGroup: 'repo',
        findings: [a, b],
        files: 2,
        complete: true,
        ownership,
        defaultTeamId: 'unowned',
        now: t0,
      });
      expect(r1.counts).toEqual({ total: 2, new: 2, reopened: 0, fixed: 0 });
      const rows = await store.db.selectFrom('findings').selectAll().orderBy('rule_id').execute();
      expect(rows.map((r) => [r.rule_id, r.state, r.team_id, r.sla_due.slice(0, 10)])).toEqual([
        ['docker/run-as-root', 'new', 'payments', '2026-03-31'],
        ['k8s/privileged', 'new', 'unowned', '2026-03-08'],
      ]);

      const s2 = await startScan(store, 'repo', 'schedule');
      await recordScan(store, {
        scanId: s2,
        targetGroup: 'repo',
        findings: [a],
        files: 2,
        complete: true,
        ownership,
        now: new Date('2026-03-02T00:00:00Z'),
      });
      const after2 = Object.fromEntries(
        (await store.db.selectFrom('findings').select(['rule_id', 'state']).execute()).map((r) => [
          r.rule_id,
          r.state,
        ]),
      );
      expect(after2).toEqual({ 'docker/run-as-root': 'open', 'k8s/privileged': 'fixed' });

      // An incomplete scan never marks absent findings fixed.
      const s3 = await startScan(store, 'repo', 'watch');
      await recordScan(store, {
        scanId: s3,
        targetGroup: 'repo',
        findings: [b],
        files: 1,
        complete: false,
        ownership,
      });
      const after3 = Object.fromEntries(
        (await store.db.selectFrom('findings').select(['rule_id', 'state']).execute()).map((r) => [
          r.rule_id,
          r.state,
        ]),
      );
      expect(after3).toEqual({ 'docker/run-as-root': 'open', 'k8s/privileged': 'reopened' });

      const events = await store.db
        .selectFrom('finding_events')
        .select(['from_state', 'to_state'])
        .orderBy('at')
        .orderBy('to_state') // events of one scan share a timestamp: a stable order for the check
        .execute();
      expect(events.map((e) => `${e.from_state ?? '-'}>${e.to_state}`)).toEqual([
        '->new',
        '->new',
        'new>fixed',
        'new>open',
        'fixed>reopened',
      ]);
    });

    it('suppressions and accepted risks lapse back to open after their expiry', async () => {
      if (skip) return;
      const row = await store.db
        .selectFrom('findings')
        .select(['id'])
        .where('rule_id', '=', 'docker/run-as-root')
        .executeTakeFirstOrThrow();
      await setFindingState(store, row.id, {
        state: 'accepted',
        reason: 'vendor image',
        by: 'alice',
        expires: '2026-04-01T00:00:00Z',
      });
      expect(await lapseExpired(store, new Date('2026-03-15T00:00:00Z'))).toBe(0);
      expect(await lapseExpired(store, new Date('2026-04-02T00:00:00Z'))).toBe(1);
      const back = await store.db
        .selectFrom('findings')
        .select(['state'])
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(back.state).toBe('open');
    });

    it('marks scans interrupted by a crash as failed on restart', async () => {
      if (skip) return;
      const id = await startScan(store, 'other', 'manual');
      expect(await failInterruptedScans(store)).toBe(1);
      const scan = await store.db
        .selectFrom('scans')
        .select(['status', 'error'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(scan.status).toBe('failed');
      expect(scan.error).toMatch(/interrupted/);
    });
  });
}
