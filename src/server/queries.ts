import type { Selectable } from 'kysely';
import { ruleById } from '../rules/index.js';
import type { Store } from '../store/connect.js';
import type { Database } from '../store/schema.js';

export type FindingRow = Selectable<Database['findings']>;

export const ACTIVE = ['new', 'open', 'reopened'];

export interface FindingFilters {
  readonly states?: readonly string[];
  readonly severities?: readonly string[];
  readonly teamId?: string | undefined;
  readonly ruleId?: string | undefined;
  readonly q?: string | undefined;
  readonly targetGroup?: string | undefined;
}

/** Findings matching filters, newest first within severity; `teamId` scopes team tokens. */
export function findingsQuery(store: Store, f: FindingFilters) {
  let q = store.db.selectFrom('findings');
  if (f.states?.length) q = q.where('findings.state', 'in', [...f.states]);
  if (f.severities?.length) q = q.where('findings.severity', 'in', [...f.severities]);
  if (f.teamId) q = q.where('findings.team_id', '=', f.teamId);
  if (f.ruleId) q = q.where('findings.rule_id', '=', f.ruleId);
  if (f.targetGroup) q = q.where('findings.target_group', '=', f.targetGroup);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('findings.title', 'like', like),
        eb('findings.message', 'like', like),
        eb('findings.location', 'like', like),
        eb('findings.rule_id', 'like', like),
      ]),
    );
  }
  return q;
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 } as Record<string, number>;

export function bySeverityThenSeen(a: FindingRow, b: FindingRow): number {
  return (
    (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
    b.last_seen.localeCompare(a.last_seen) ||
    a.id.localeCompare(b.id)
  );
}

export function summarise(row: FindingRow, teamNames: ReadonlyMap<string, string>, now = new Date()) {
  const location = JSON.parse(row.location) as { path: string; range?: { start: { line: number } } };
  const rule = ruleById(row.rule_id);
  const active = ACTIVE.includes(row.state);
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    ruleId: row.rule_id,
    severity: row.severity,
    title: row.title,
    message: row.message,
    state: row.state,
    path: location.path,
    line: location.range?.start.line ?? null,
    teamId: row.team_id,
    teamName: row.team_id ? (teamNames.get(row.team_id) ?? null) : null,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    fixedAt: row.fixed_at,
    slaDue: row.sla_due,
    slaBreached: active && Date.parse(row.sla_due) < now.getTime(),
    fixable: rule?.fixable ?? null,
    targetGroup: row.target_group,
  };
}

export async function teamNames(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom('teams').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
