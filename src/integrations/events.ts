import type { Finding, FindingFix } from '../core/finding.js';
import { isSeverity, type Severity } from '../core/severity.js';
import { ruleById } from '../rules/index.js';
import type { Store } from '../store/connect.js';
import { ACTIVE_STATES } from '../store/lifecycle.js';
import type { Transition } from '../store/record-scan.js';
import type { Database } from '../store/schema.js';
import type { EventType } from './config.js';

export interface EventFinding {
  readonly id: string | null;
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  /** The finding's lifecycle state after the change. */
  readonly state: string;
  /** File path relative to the scan's working directory, or an endpoint URL. */
  readonly path: string;
  readonly line?: number;
  readonly logicalPath: string;
  readonly evidence?: string;
  readonly firstSeen?: string;
  readonly slaDue?: string;
}

export interface EventOwner {
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly contact: string | null;
}

/** The plain-language fix, from the rule catalogue plus the finding's own fix (if any). */
export interface EventFix {
  readonly why: string;
  readonly remediation: string;
  readonly verify: string;
  readonly references: readonly string[];
  /** true: `plumb fix` can apply it; false: a suggestion needing a decision; null: manual. */
  readonly automatic: boolean | null;
  readonly description?: string;
  readonly question?: string;
}

export interface NotificationEvent {
  readonly type: EventType;
  /**
   * Identity of the state change this event announces (a finding_events id, a run id, an SLA
   * due date). With the fingerprint, destination and state it is the deduplication key.
   */
  readonly changeId: string;
  /** The state announced: the finding state, or `sla-breached` / `fix-applied` / `fix-failed`. */
  readonly state: string;
  readonly at: string;
  readonly targetGroup: string;
  readonly trigger?: string;
  readonly finding: EventFinding;
  readonly owner: EventOwner;
  readonly fix: EventFix;
  readonly run?: {
    readonly id: string;
    readonly status: 'applied' | 'failed';
    readonly verified?: boolean;
    readonly reason?: string;
  };
}

type FindingRow = Database['findings'];

/** Triggers that mean "something changed on disk and a watcher noticed". */
export function isDriftTrigger(trigger: string | undefined): boolean {
  return trigger !== undefined && /^watch\b/.test(trigger);
}

export function fixOf(ruleId: string, fix: FindingFix | undefined): EventFix {
  const rule = ruleById(ruleId);
  return {
    why: rule?.why ?? '',
    remediation: rule?.fix ?? fix?.description ?? '',
    verify: rule?.verify ?? '',
    references: rule?.references ?? [],
    automatic: fix ? fix.automatic : null,
    ...(fix?.description ? { description: fix.description } : {}),
    ...(fix?.question ? { question: fix.question } : {}),
  };
}

function parseJson<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function findingFromRow(row: FindingRow, live: Finding | undefined, state: string): EventFinding {
  const loc = live?.location ?? parseJson<Finding['location']>(row.location) ?? { path: '' };
  const severity = live?.severity ?? (isSeverity(row.severity) ? row.severity : 'info');
  const evidence = live?.evidence ?? row.evidence ?? undefined;
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    ruleId: row.rule_id,
    severity,
    title: live?.title ?? row.title,
    message: live?.message ?? row.message,
    state,
    path: loc.path,
    ...(loc.range ? { line: loc.range.start.line } : {}),
    logicalPath: row.logical_path,
    ...(evidence ? { evidence } : {}),
    firstSeen: row.first_seen,
    slaDue: row.sla_due,
  };
}

async function chunked<T, R>(
  items: readonly T[],
  size: number,
  fn: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await fn(items.slice(i, i + size))));
  return out;
}

async function loadFindings(store: Store, ids: readonly string[]): Promise<Map<string, FindingRow>> {
  const rows = await chunked([...new Set(ids)], 400, (chunk) =>
    store.db.selectFrom('findings').selectAll().where('id', 'in', chunk).execute(),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function loadOwners(store: Store): Promise<Map<string, { name: string; contact: string | null }>> {
  const teams = await store.db.selectFrom('teams').select(['id', 'name', 'contact']).execute();
  return new Map(teams.map((t) => [t.id, { name: t.name, contact: t.contact }]));
}

function ownerOf(
  teams: Map<string, { name: string; contact: string | null }>,
  teamId: string | null,
): EventOwner {
  const t = teamId ? teams.get(teamId) : undefined;
  return { teamId, teamName: t?.name ?? null, contact: t?.contact ?? null };
}

/**
 * The events a recorded scan announces: `finding.new`, `finding.reopened` (plus
 * `drift.detected` for both when a watcher triggered the scan) and `finding.fixed`. Transitions
 * to open/suppressed/accepted announce nothing, so a finding seen again is never re-announced.
 * Each event's `changeId` is the finding_events row recordScan wrote for the transition, so
 * announcing the same transitions twice is harmless.
 */
export async function eventsFromTransitions(
  store: Store,
  input: {
    readonly targetGroup: string;
    readonly transitions: readonly Transition[];
    readonly trigger?: string;
    readonly now?: Date;
  },
): Promise<NotificationEvent[]> {
  const wanted = input.transitions.filter((t) => t.to === 'new' || t.to === 'reopened' || t.to === 'fixed');
  if (wanted.length === 0) return [];
  const ids = wanted.map((t) => t.findingId);
  const rows = await loadFindings(store, ids);
  const changes = await chunked([...new Set(ids)], 400, (chunk) =>
    store.db
      .selectFrom('finding_events')
      .select(['id', 'finding_id', 'to_state', 'at'])
      .where('finding_id', 'in', chunk)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  );
  const latest = new Map<string, { id: string; at: string }>();
  for (const c of changes) {
    const k = `${c.finding_id}\u0000${c.to_state}`;
    if (!latest.has(k)) latest.set(k, { id: c.id, at: c.at });
  }
  const teams = await loadOwners(store);
  const nowIso = (input.now ?? new Date()).toISOString();
  const drift = isDriftTrigger(input.trigger);
  const events: NotificationEvent[] = [];
  for (const t of wanted) {
    const row = rows.get(t.findingId);
    if (!row) continue;
    const change = latest.get(`${t.findingId}\u0000${t.to}`);
    const base = {
      changeId: change?.id ?? `${t.findingId}:${t.to}:${nowIso}`,
      state: t.to,
      at: change?.at ?? nowIso,
      targetGroup: input.targetGroup,
      ...(input.trigger ? { trigger: input.trigger } : {}),
      finding: findingFromRow(row, t.finding, t.to),
      owner: ownerOf(teams, t.teamId ?? row.team_id),
      fix: fixOf(row.rule_id, t.finding?.fix ?? parseJson<FindingFix>(row.fix)),
    };
    if (t.to === 'fixed') {
      events.push({ type: 'finding.fixed', ...base });
      continue;
    }
    // drift first: when one destination gets both, the dedup key keeps only the first.
    if (drift) events.push({ type: 'drift.detected', ...base });
    events.push({ type: t.to === 'new' ? 'finding.new' : 'finding.reopened', ...base });
  }
  return events;
}

/**
 * `sla.breached` for every finding still needing work past its SLA. The change id is the due
 * date, so a breach is announced once — and again only if a reopen gives the finding a new SLA.
 */
export async function slaBreachEvents(
  store: Store,
  options: { readonly now?: Date; readonly targetGroup?: string } = {},
): Promise<NotificationEvent[]> {
  const nowIso = (options.now ?? new Date()).toISOString();
  let q = store.db
    .selectFrom('findings')
    .selectAll()
    .where('state', 'in', [...ACTIVE_STATES])
    .where('sla_due', '<=', nowIso);
  if (options.targetGroup) q = q.where('target_group', '=', options.targetGroup);
  const rows = await q.orderBy('sla_due').limit(5000).execute();
  if (rows.length === 0) return [];
  const teams = await loadOwners(store);
  return rows.map((row) => ({
    type: 'sla.breached' as const,
    changeId: `sla:${row.sla_due}`,
    state: 'sla-breached',
    at: nowIso,
    targetGroup: row.target_group,
    finding: findingFromRow(row, undefined, row.state),
    owner: ownerOf(teams, row.team_id),
    fix: fixOf(row.rule_id, parseJson<FindingFix>(row.fix)),
  }));
}

export interface FixOutcome {
  /** The remediation run (journal run id or remediation_runs id). */
  readonly runId: string;
  readonly targetGroup: string;
  /** Fingerprints of the findings the run tried to fix. */
  readonly fingerprints: readonly string[];
  readonly status: 'applied' | 'failed';
  readonly verified?: boolean;
  readonly reason?: string;
  readonly now?: Date;
}

/** `fix.applied` / `fix.failed`, one per finding the run touched. */
export async function fixEvents(store: Store, outcome: FixOutcome): Promise<NotificationEvent[]> {
  if (outcome.fingerprints.length === 0) return [];
  const rows = await chunked([...new Set(outcome.fingerprints)], 400, (chunk) =>
    store.db
      .selectFrom('findings')
      .selectAll()
      .where('target_group', '=', outcome.targetGroup)
      .where('fingerprint', 'in', chunk)
      .execute(),
  );
  const teams = await loadOwners(store);
  const nowIso = (outcome.now ?? new Date()).toISOString();
  const type = outcome.status === 'applied' ? ('fix.applied' as const) : ('fix.failed' as const);
  return rows.map((row) => ({
    type,
    changeId: `run:${outcome.runId}`,
    state: `fix-${outcome.status}`,
    at: nowIso,
    targetGroup: row.target_group,
    finding: findingFromRow(row, undefined, row.state),
    owner: ownerOf(teams, row.team_id),
    fix: fixOf(row.rule_id, parseJson<FindingFix>(row.fix)),
    run: {
      id: outcome.runId,
      status: outcome.status,
      ...(outcome.verified !== undefined ? { verified: outcome.verified } : {}),
      ...(outcome.reason ? { reason: outcome.reason } : {}),
    },
  }));
}

export const EVENT_LABELS: Record<EventType, string> = {
  'finding.new': 'New finding',
  'finding.reopened': 'Finding reopened',
  'finding.fixed': 'Finding fixed',
  'sla.breached': 'SLA breached',
  'drift.detected': 'Drift detected',
  'fix.applied': 'Fix applied',
  'fix.failed': 'Fix failed',
};
