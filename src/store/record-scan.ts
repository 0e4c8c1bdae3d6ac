import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import { type AssetFacts, type OwnershipRule, ownerOf } from '../ownership/match.js';
import type { Store } from './connect.js';
import { newId } from './ids.js';
import { type FindingState, slaDue, stateWhenSeen } from './lifecycle.js';

export interface ScanRecordInput {
  readonly scanId: string;
  readonly targetGroup: string;
  readonly findings: readonly Finding[];
  readonly files: number;
  /** Only a complete scan of the scope may mark absent findings fixed. */
  readonly complete: boolean;
  /**
   * With `complete`, limit "absent means fixed" to findings in these files (a watch re-scan of
   * the changed files is complete for those files only).
   */
  readonly scopePaths?: readonly string[];
  readonly ownership: readonly OwnershipRule[];
  readonly defaultTeamId?: string | undefined;
  readonly now?: Date;
  readonly slaDays?: Partial<Record<Severity, number>>;
}

export interface Transition {
  readonly findingId: string;
  readonly fingerprint: string;
  readonly from: FindingState | null;
  readonly to: FindingState;
  readonly finding: Finding | undefined;
  readonly teamId: string | null;
}

export interface ScanRecordResult {
  readonly transitions: readonly Transition[];
  readonly counts: {
    readonly total: number;
    readonly new: number;
    readonly reopened: number;
    readonly fixed: number;
  };
}

/** What ownership can match on, derived from a finding's location and logical path. */
export function factsOf(f: Finding): AssetFacts {
  const p = f.location.path;
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+|\[[^\]]+\])(?::(\d+))?/i.exec(p);
  if (url) {
    const host = url[1]!.replace(/^\[|\]$/g, '');
    return /^[\d.]+$|:/.test(host) ? { hostname: host, ip: host } : { hostname: host };
  }
  const facts: { path: string; k8sNamespace?: string } = { path: p };
  if (f.documentKind === 'kubernetes') {
    const ns = f.logicalPath.split('/')[1];
    if (ns) facts.k8sNamespace = ns;
  }
  return facts;
}

export async function startScan(
  store: Store,
  targetGroup: string,
  trigger: string,
  now = new Date(),
): Promise<string> {
  const id = newId('scan');
  await store.db
    .insertInto('scans')
    .values({
      id,
      target_group: targetGroup,
      trigger,
      status: 'running',
      started_at: now.toISOString(),
      finished_at: null,
      complete: 0,
      files: 0,
      findings_count: 0,
      new_count: 0,
      fixed_count: 0,
      error: null,
    })
    .execute();
  return id;
}

export async function failScan(store: Store, scanId: string, error: string, now = new Date()): Promise<void> {
  await store.db
    .updateTable('scans')
    .set({ status: 'failed', error, finished_at: now.toISOString() })
    .where('id', '=', scanId)
    .execute();
}

/** Scans left "running" by a process that died are failed on the next start. */
export async function failInterruptedScans(store: Store, now = new Date()): Promise<number> {
  const r = await store.db
    .updateTable('scans')
    .set({
      status: 'failed',
      error: 'interrupted: the server stopped during the scan',
      finished_at: now.toISOString(),
    })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Records a scan's findings in one transaction: upserts assets with their owner, moves each
 * finding through its lifecycle (new → open → fixed → reopened; suppressed/accepted lapse),
 * logs every transition as an event, and finishes the scan row. A crash before commit leaves
 * nothing half-recorded.
 */
export async function recordScan(store: Store, input: ScanRecordInput): Promise<ScanRecordResult> {
  const now = input.now ?? new Date();
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('findings')
      .selectAll()
      .where('target_group', '=', input.targetGroup)
      .execute();
    const byPrint = new Map(existing.map((r) => [r.fingerprint, r]));
    const transitions: Transition[] = [];
    const assetIds = new Map<string, { id: string; teamId: string | null }>();

    for (const f of input.findings) {
      const key = f.location.path;
      let asset = assetIds.get(key);
      if (!asset) {
        const teamId = ownerOf(factsOf(f), input.ownership) ?? input.defaultTeamId ?? null;
        const found = await trx
          .selectFrom('assets')
          .select(['id'])
          .where('asset_key', '=', key)
          .executeTakeFirst();
        const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(key);
        if (found) {
          await trx
            .updateTable('assets')
            .set({ last_seen: iso, team_id: teamId })
            .where('id', '=', found.id)
            .execute();
          asset = { id: found.id, teamId };
        } else {
          const id = newId('ast');
          await trx
            .insertInto('assets')
            .values({
              id,
              asset_key: key,
              asset_type: isUrl ? 'service' : 'file',
              name: key,
              team_id: teamId,
              source: input.targetGroup,
              attributes: JSON.stringify({ kind: f.documentKind }),
              first_seen: iso,
              last_seen: iso,
            })
            .execute();
          asset = { id, teamId };
        }
        assetIds.set(key, asset);
      }
      const prev = byPrint.get(f.fingerprint);
      const to = stateWhenSeen(
        prev ? { state: prev.state as FindingState, expires: prev.state_expires } : undefined,
        now,
      );
      const values = {
        rule_id: f.ruleId,
        severity: f.severity,
        title: f.title,
        message: f.message,
        asset_id: asset.id,
        team_id: asset.teamId,
        location: JSON.stringify(f.location),
        logical_path: f.logicalPath,
        evidence: f.evidence ?? null,
        fix: f.fix ? JSON.stringify(f.fix) : null,
        state: to,
        last_seen: iso,
        last_scan_id: input.scanId,
      };
      if (!prev) {
        const id = newId('fnd');
        await trx
          .insertInto('findings')
          .values({
            id,
            fingerprint: f.fingerprint,
            target_group: input.targetGroup,
            ...values,
            state_reason: null,
            state_by: null,
            state_expires: null,
            first_seen: iso,
            fixed_at: null,
            sla_due: slaDue(now, f.severity, input.slaDays),
          })
          .execute();
        transitions.push({
          findingId: id,
          fingerprint: f.fingerprint,
          from: null,
          to,
          finding: f,
          teamId: asset.teamId,
        });
      } else {
        const lapsedNow = (prev.state === 'suppressed' || prev.state === 'accepted') && to === 'open';
        const reopened = to === 'reopened';
        await trx
          .updateTable('findings')
          .set({
            ...values,
            ...(lapsedNow ? { state_reason: null, state_by: null, state_expires: null } : {}),
            ...(reopened
              ? {
                  fixed_at: null,
                  first_seen: prev.first_seen,
                  sla_due: slaDue(now, f.severity, input.slaDays),
                }
              : {}),
          })
          .where('id', '=', prev.id)
          .execute();
        if (prev.state !== to)
          transitions.push({
            findingId: prev.id,
            fingerprint: f.fingerprint,
            from: prev.state as FindingState,
            to,
            finding: f,
            teamId: asset.teamId,
          });
        byPrint.delete(f.fingerprint);
      }
    }

    if (input.complete) {
      const scope = input.scopePaths ? new Set(input.scopePaths) : undefined;
      for (const prev of byPrint.values()) {
        if (prev.state === 'fixed') continue;
        if (scope && !scope.has((JSON.parse(prev.location) as { path: string }).path)) continue;
        // Gone from a complete scan of its scope: fixed, whatever it was (if it comes back it is
        // reopened, not silently suppressed again).
        const to: FindingState = 'fixed';
        await trx
          .updateTable('findings')
          .set({ state: to, fixed_at: iso, last_scan_id: input.scanId })
          .where('id', '=', prev.id)
          .execute();
        transitions.push({
          findingId: prev.id,
          fingerprint: prev.fingerprint,
          from: prev.state as FindingState,
          to,
          finding: undefined,
          teamId: prev.team_id,
        });
      }
    }

    for (const t of transitions) {
      await trx
        .insertInto('finding_events')
        .values({
          id: newId('evt'),
          finding_id: t.findingId,
          at: iso,
          from_state: t.from,
          to_state: t.to,
          scan_id: input.scanId,
          actor: null,
          note: null,
        })
        .execute();
    }
    const counts = {
      total: input.findings.length,
      new: transitions.filter((t) => t.to === 'new').length,
      reopened: transitions.filter((t) => t.to === 'reopened').length,
      fixed: transitions.filter((t) => t.to === 'fixed').length,
    };
    await trx
      .updateTable('scans')
      .set({
        status: 'completed',
        finished_at: iso,
        complete: input.complete ? 1 : 0,
        files: input.files,
        findings_count: counts.total,
        new_count: counts.new,
        fixed_count: counts.fixed,
      })
      .where('id', '=', input.scanId)
      .execute();
    return { transitions, counts };
  });
}

/** Suppress or accept a finding (with who, why and an optional expiry), or reopen it by hand. */
export async function setFindingState(
  store: Store,
  findingId: string,
  change: { state: 'suppressed' | 'accepted' | 'open'; reason?: string; by: string; expires?: string | null },
  now = new Date(),
): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const prev = await trx
      .selectFrom('findings')
      .select(['state'])
      .where('id', '=', findingId)
      .executeTakeFirst();
    if (!prev) return false;
    await trx
      .updateTable('findings')
      .set({
        state: change.state,
        state_reason: change.reason ?? null,
        state_by: change.by,
        state_expires: change.expires ?? null,
      })
      .where('id', '=', findingId)
      .execute();
    await trx
      .insertInto('finding_events')
      .values({
        id: newId('evt'),
        finding_id: findingId,
        at: now.toISOString(),
        from_state: prev.state,
        to_state: change.state,
        scan_id: null,
        actor: change.by,
        note: change.reason ?? null,
      })
      .execute();
    return true;
  });
}

/** Suppressions and risk acceptances whose expiry has passed go back to open. */
export async function lapseExpired(store: Store, now = new Date()): Promise<number> {
  const iso = now.toISOString();
  const due = await store.db
    .selectFrom('findings')
    .select(['id', 'state'])
    .where('state', 'in', ['suppressed', 'accepted'])
    .where('state_expires', 'is not', null)
    .where('state_expires', '<=', iso)
    .execute();
  for (const f of due) {
    await setFindingState(store, f.id, { state: 'open', reason: `${f.state} lapsed`, by: 'plumb' }, now);
  }
  return due.length;
}
