import type { Store } from '../store/connect.js';
import { newId } from '../store/ids.js';
import type { Database } from '../store/schema.js';
import type { NotificationEvent } from './events.js';
import { digestWindowEnd, type RoutedDelivery } from './routing.js';

export type DeliveryRow = Database['notification_deliveries'];
export const DELIVERY_STATUSES = ['queued', 'retrying', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
const WAITING = ['queued', 'retrying'] as const;

let counter = 0;
/** Insertion order that survives equal timestamps (time, then a per-process counter, then randomness). */
function nextSeq(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${newId('').slice(-4)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes deliveries to the outbox. A row whose dedup key exists already is skipped (the same
 * state change was announced to that destination before, by this process or another).
 */
export async function enqueueDeliveries(
  store: Store,
  routed: readonly RoutedDelivery[],
  now: number,
): Promise<{ queued: number; duplicates: number; ids: string[] }> {
  let queued = 0;
  let duplicates = 0;
  const ids: string[] = [];
  for (const r of routed) {
    const id = newId('dlv');
    const digestEnd = r.digestMs ? digestWindowEnd(now, r.digestMs) : null;
    const res = await store.db
      .insertInto('notification_deliveries')
      .values({
        id,
        dedup_key: r.dedupKey,
        seq: nextSeq(now),
        destination: r.destination.name,
        destination_type: r.destination.type,
        event_type: r.event.type,
        fingerprint: r.event.finding.fingerprint,
        finding_id: r.event.finding.id,
        target_group: r.event.targetGroup,
        team_id: r.event.owner.teamId,
        severity: r.event.finding.severity,
        state: r.event.state,
        payload: JSON.stringify(r.event),
        digest_group: digestEnd === null ? null : `${r.event.owner.teamId ?? '-'}@${iso(digestEnd)}`,
        status: 'queued',
        attempts: 0,
        due_at: iso(digestEnd ?? now),
        lease_until: null,
        last_error: null,
        external_ref: null,
        created_at: iso(now),
        updated_at: iso(now),
        sent_at: null,
      })
      .onConflict((oc) => oc.column('dedup_key').doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) > 0) {
      queued++;
      ids.push(id);
    } else duplicates++;
  }
  return { queued, duplicates, ids };
}

/** Deliveries left "sending" by a process that died go back to the queue once their lease ends. */
export async function recoverExpiredLeases(store: Store, now: number): Promise<number> {
  const r = await store.db
    .updateTable('notification_deliveries')
    .set({ status: 'retrying', lease_until: null, updated_at: iso(now) })
    .where('status', '=', 'sending')
    .where('lease_until', '<', iso(now))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Deliveries ready to go, oldest first. A destination with a delivery waiting to retry later is
 * blocked: nothing newer goes there first, so per-destination order holds (a Jira "fixed" never
 * overtakes the "new" that creates the issue).
 */
export async function dueDeliveries(
  store: Store,
  now: number,
  options: { flushDigests?: boolean; limit?: number } = {},
): Promise<DeliveryRow[]> {
  const nowIso = iso(now);
  const blocked = new Set(
    (
      await store.db
        .selectFrom('notification_deliveries')
        .select('destination')
        .where('status', '=', 'retrying')
        .where('due_at', '>', nowIso)
        .groupBy('destination')
        .execute()
    ).map((r) => r.destination),
  );
  let q = store.db
    .selectFrom('notification_deliveries')
    .selectAll()
    .where('status', 'in', [...WAITING]);
  q = options.flushDigests
    ? q.where((eb) => eb.or([eb('due_at', '<=', nowIso), eb('digest_group', 'is not', null)]))
    : q.where('due_at', '<=', nowIso);
  const rows = await q
    .orderBy('seq')
    .limit(options.limit ?? 1000)
    .execute();
  return rows.filter((r) => !blocked.has(r.destination));
}

/** Earliest time per destination at which something becomes due (blocked destinations: their retry). */
export async function nextDueByDestination(
  store: Store,
  options: { flushDigests?: boolean } = {},
): Promise<Map<string, number>> {
  const rows = await store.db
    .selectFrom('notification_deliveries')
    .select(['destination', 'status', 'digest_group', 'due_at'])
    .where('status', 'in', [...WAITING])
    .execute();
  const retry = new Map<string, number>();
  const queued = new Map<string, number>();
  for (const r of rows) {
    const due = options.flushDigests && r.digest_group !== null ? 0 : Date.parse(r.due_at);
    const m = r.status === 'retrying' ? retry : queued;
    m.set(r.destination, Math.min(m.get(r.destination) ?? Number.POSITIVE_INFINITY, due));
  }
  const out = new Map<string, number>();
  for (const d of new Set([...retry.keys(), ...queued.keys()])) {
    // A waiting retry blocks the destination until it is due; otherwise the oldest queued row.
    out.set(d, retry.get(d) ?? queued.get(d) ?? Number.POSITIVE_INFINITY);
  }
  return out;
}

/** Takes rows for sending (a lease, so another process does not send them too). Returns those won. */
export async function claimDeliveries(
  store: Store,
  rows: readonly DeliveryRow[],
  now: number,
  leaseMs: number,
): Promise<DeliveryRow[]> {
  const won: DeliveryRow[] = [];
  for (const r of rows) {
    const res = await store.db
      .updateTable('notification_deliveries')
      .set({ status: 'sending', lease_until: iso(now + leaseMs), updated_at: iso(now) })
      .where('id', '=', r.id)
      .where('status', 'in', [...WAITING])
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 1) won.push(r);
  }
  return won;
}

export interface AttemptResult {
  readonly outcome: 'sent' | 'retry' | 'failed';
  readonly reason: string | null;
  readonly httpStatus: number | null;
  readonly durationMs: number;
  /** For retry: when to try again. */
  readonly dueAt?: number;
  /** Per-delivery reference kept by the destination (e.g. a Jira issue key). */
  readonly refs?: ReadonlyMap<string, string>;
}

/** Records one attempt for each row of a unit and moves the rows to their next status. */
export async function recordAttempt(
  store: Store,
  rows: readonly DeliveryRow[],
  result: AttemptResult,
  now: number,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      const status: DeliveryStatus =
        result.outcome === 'sent' ? 'sent' : result.outcome === 'retry' ? 'retrying' : 'failed';
      const ref = result.refs?.get(r.id);
      await trx
        .updateTable('notification_deliveries')
        .set({
          status,
          attempts: r.attempts + 1,
          lease_until: null,
          updated_at: iso(now),
          last_error: result.outcome === 'sent' ? null : result.reason,
          ...(result.outcome === 'sent' ? { sent_at: iso(now) } : {}),
          ...(result.outcome === 'retry' && result.dueAt !== undefined ? { due_at: iso(result.dueAt) } : {}),
          ...(ref ? { external_ref: ref } : {}),
        })
        .where('id', '=', r.id)
        .execute();
      await trx
        .insertInto('notification_attempts')
        .values({
          id: newId('att'),
          delivery_id: r.id,
          at: iso(now),
          outcome: result.outcome,
          http_status: result.httpStatus,
          reason: result.reason,
          duration_ms: Math.max(0, Math.round(result.durationMs)),
        })
        .execute();
    }
  });
}

export function eventOf(row: DeliveryRow): NotificationEvent {
  return JSON.parse(row.payload) as NotificationEvent;
}

export interface DeliveryAttempt {
  readonly at: string;
  readonly outcome: 'sent' | 'retry' | 'failed';
  readonly httpStatus: number | null;
  readonly reason: string | null;
  readonly durationMs: number;
}

export interface DeliveryLogItem {
  readonly id: string;
  readonly destination: string;
  readonly destinationType: string;
  readonly event: string;
  readonly fingerprint: string;
  readonly findingId: string | null;
  readonly targetGroup: string;
  readonly teamId: string | null;
  readonly severity: string;
  readonly state: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly digest: boolean;
  readonly lastError: string | null;
  readonly externalRef: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly nextAttemptAt: string | null;
  readonly sentAt: string | null;
  readonly history: readonly DeliveryAttempt[];
}

/**
 * The delivery log for the API: newest first, `{ items, page, pageSize, total }`. Reasons are
 * stored already redacted (no secret reaches the database).
 */
export async function listDeliveries(
  store: Store,
  options: {
    page?: number;
    pageSize?: number;
    destination?: string;
    status?: DeliveryStatus | readonly DeliveryStatus[];
    teamId?: string;
    fingerprint?: string;
  } = {},
): Promise<{ items: DeliveryLogItem[]; page: number; pageSize: number; total: number }> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const pageSize = Math.min(500, Math.max(1, Math.floor(options.pageSize ?? 50)));
  let q = store.db.selectFrom('notification_deliveries');
  if (options.destination) q = q.where('destination', '=', options.destination);
  if (options.status) {
    const s = typeof options.status === 'string' ? [options.status] : [...options.status];
    if (s.length) q = q.where('status', 'in', s);
  }
  if (options.teamId) q = q.where('team_id', '=', options.teamId);
  if (options.fingerprint) q = q.where('fingerprint', '=', options.fingerprint);
  const totalRow = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  const rows = await q
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const attempts = rows.length
    ? await store.db
        .selectFrom('notification_attempts')
        .selectAll()
        .where(
          'delivery_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('at')
        .orderBy('id')
        .execute()
    : [];
  const byDelivery = new Map<string, DeliveryAttempt[]>();
  for (const a of attempts) {
    const list = byDelivery.get(a.delivery_id) ?? [];
    list.push({
      at: a.at,
      outcome: a.outcome as DeliveryAttempt['outcome'],
      httpStatus: a.http_status,
      reason: a.reason,
      durationMs: a.duration_ms,
    });
    byDelivery.set(a.delivery_id, list);
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      destination: r.destination,
      destinationType: r.destination_type,
      event: r.event_type,
      fingerprint: r.fingerprint,
      findingId: r.finding_id,
      targetGroup: r.target_group,
      teamId: r.team_id,
      severity: r.severity,
      state: r.state,
      status: r.status as DeliveryStatus,
      attempts: r.attempts,
      digest: r.digest_group !== null,
      lastError: r.last_error,
      externalRef: r.external_ref,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      nextAttemptAt: r.status === 'queued' || r.status === 'retrying' ? r.due_at : null,
      sentAt: r.sent_at,
      history: byDelivery.get(r.id) ?? [],
    })),
    page,
    pageSize,
    total: Number(totalRow?.n ?? 0),
  };
}

/** Stored reference of a finding at a destination (e.g. its Jira issue key). */
export async function getRef(
  store: Store,
  destination: string,
  fingerprint: string,
): Promise<string | undefined> {
  const r = await store.db
    .selectFrom('integration_refs')
    .select('ref')
    .where('destination', '=', destination)
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  return r?.ref;
}

export async function setRef(
  store: Store,
  destination: string,
  fingerprint: string,
  ref: string,
  now: number,
): Promise<void> {
  await store.db
    .insertInto('integration_refs')
    .values({ destination, fingerprint, ref, updated_at: iso(now) })
    .onConflict((oc) => oc.columns(['destination', 'fingerprint']).doUpdateSet({ ref, updated_at: iso(now) }))
    .execute();
}
