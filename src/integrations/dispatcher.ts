import { performance } from 'node:perf_hooks';
import type { Store } from '../store/connect.js';
import { VERSION } from '../version.js';
import { backoffDelay } from './backoff.js';
import { type Clock, systemClock } from './clock.js';
import { type DestinationConfig, type NotificationsConfig, redact } from './config.js';
import { asDeliveryError } from './delivery-error.js';
import type { NotificationEvent } from './events.js';
import {
  claimDeliveries,
  type DeliveryRow,
  dueDeliveries,
  enqueueDeliveries,
  eventOf,
  nextDueByDestination,
  recordAttempt,
  recoverExpiredLeases,
} from './outbox.js';
import { routeEvent } from './routing.js';
import { createSender } from './senders/index.js';
import type { SendContext, Sender } from './senders/sender.js';

export interface DispatcherOptions {
  readonly clock?: Clock;
  /** Jitter source (tests pass a constant). */
  readonly random?: () => number;
  readonly productVersion?: string;
  /** Build senders differently (tests). */
  readonly createSender?: (d: DestinationConfig) => Sender;
  /** How long a claimed delivery stays leased before another process may take it over. */
  readonly leaseMs?: number;
  /** Longest throttle wait inside a round; a longer wait leaves the rest for the next round. */
  readonly maxInlineWaitMs?: number;
  /** Where to log one line per failed attempt (already redacted). */
  readonly log?: (line: string) => void;
}

export interface RoundStats {
  sent: number;
  retried: number;
  failed: number;
  /** Redacted reasons of the failed attempts of this round (retried or given up). */
  errors: string[];
}

/** Retry-After beyond this is capped (a broken receiver must not park deliveries for days). */
const MAX_RETRY_AFTER_MS = 3_600_000;

interface Unit {
  readonly rows: DeliveryRow[];
  readonly digest: boolean;
}

/** Deliveries in order, grouped into what one request carries. */
export function buildUnits(rows: readonly DeliveryRow[], batchSize: number): Unit[] {
  const units: Unit[] = [];
  const digests = new Map<string, DeliveryRow[]>();
  let batch: DeliveryRow[] | undefined;
  for (const r of rows) {
    if (r.digest_group !== null) {
      let g = digests.get(r.digest_group);
      if (!g) {
        g = [];
        digests.set(r.digest_group, g);
        units.push({ rows: g, digest: true });
      }
      g.push(r);
      batch = undefined;
      continue;
    }
    if (!batch || batch.length >= batchSize) {
      batch = [];
      units.push({ rows: batch, digest: false });
    }
    batch.push(r);
  }
  if (batchSize <= 1) return units;
  // Machine sinks (Splunk, syslog) carry a digest as ordinary batches.
  return units.flatMap((u) => {
    if (!u.digest || u.rows.length <= batchSize) return [u];
    const out: Unit[] = [];
    for (let i = 0; i < u.rows.length; i += batchSize)
      out.push({ rows: u.rows.slice(i, i + batchSize), digest: true });
    return out;
  });
}

/**
 * Moves deliveries from the outbox to their destinations: in order per destination, throttled,
 * retried with exponential backoff and jitter (or the receiver's Retry-After), every attempt
 * logged. Several processes may share one store: a row is leased before it is sent.
 */
export class Dispatcher {
  readonly clock: Clock;
  private readonly random: () => number;
  private readonly senders = new Map<string, Sender>();
  private readonly lastSent = new Map<string, number>();
  private readonly readyAt = new Map<string, number>();
  private readonly byName: Map<string, DestinationConfig>;
  private readonly ctx: SendContext;

  constructor(
    readonly store: Store,
    readonly config: NotificationsConfig,
    private readonly options: DispatcherOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.byName = new Map(config.destinations.map((d) => [d.name, d]));
    this.ctx = { clock: this.clock, store, productVersion: options.productVersion ?? VERSION };
  }

  /** Routes the events and writes one outbox row per destination (duplicates are skipped). */
  async enqueue(events: readonly NotificationEvent[]): Promise<{ queued: number; duplicates: number }> {
    const routed = events.flatMap((e) => routeEvent(this.config, e));
    if (routed.length === 0) return { queued: 0, duplicates: 0 };
    const r = await enqueueDeliveries(this.store, routed, this.clock.now());
    return { queued: r.queued, duplicates: r.duplicates };
  }

  private sender(d: DestinationConfig): Sender {
    let s = this.senders.get(d.name);
    if (!s) {
      s = (this.options.createSender ?? createSender)(d);
      this.senders.set(d.name, s);
    }
    return s;
  }

  private earliest(d: DestinationConfig): number {
    const throttle = d.throttle ?? this.sender(d).defaultThrottleMs;
    return Math.max(
      this.readyAt.get(d.name) ?? 0,
      (this.lastSent.get(d.name) ?? Number.NEGATIVE_INFINITY) + throttle,
    );
  }

  /** One pass over everything due now. */
  async processDue(options: { flushDigests?: boolean; deadline?: number } = {}): Promise<RoundStats> {
    const stats: RoundStats = { sent: 0, retried: 0, failed: 0, errors: [] };
    const now = this.clock.now();
    await recoverExpiredLeases(this.store, now);
    const rows = await dueDeliveries(this.store, now, {
      ...(options.flushDigests ? { flushDigests: true } : {}),
    });
    const byDest = new Map<string, DeliveryRow[]>();
    for (const r of rows) {
      const list = byDest.get(r.destination) ?? [];
      list.push(r);
      byDest.set(r.destination, list);
    }
    await Promise.all([...byDest].map(([name, list]) => this.processDestination(name, list, stats, options)));
    return stats;
  }

  private async processDestination(
    name: string,
    rows: DeliveryRow[],
    stats: RoundStats,
    options: { deadline?: number },
  ): Promise<void> {
    const dest = this.byName.get(name);
    const leaseMs = this.options.leaseMs ?? 120_000;
    if (!dest) {
      const claimed = await claimDeliveries(this.store, rows, this.clock.now(), leaseMs);
      const reason = `destination "${name}" is no longer configured`;
      await recordAttempt(
        this.store,
        claimed,
        { outcome: 'failed', reason, httpStatus: null, durationMs: 0 },
        this.clock.now(),
      );
      stats.failed += claimed.length;
      stats.errors.push(reason);
      return;
    }
    const sender = this.sender(dest);
    const maxInline = this.options.maxInlineWaitMs ?? 5000;
    for (const unit of buildUnits(rows, sender.batchSize)) {
      let now = this.clock.now();
      const ready = this.earliest(dest);
      if (ready > now) {
        if (ready - now > maxInline || (options.deadline !== undefined && ready > options.deadline)) return;
        await this.clock.sleep(ready - now);
        now = this.clock.now();
      }
      const claimed = await claimDeliveries(this.store, unit.rows, now, Math.max(leaseMs, dest.timeout * 4));
      if (claimed.length === 0) continue;
      const t0 = performance.now();
      try {
        const result = await sender.send(
          {
            digest: unit.digest,
            deliveries: claimed.map((r) => ({ id: r.id, event: eventOf(r), attempts: r.attempts })),
          },
          this.ctx,
        );
        const at = this.clock.now();
        this.lastSent.set(name, at);
        await recordAttempt(
          this.store,
          claimed,
          {
            outcome: 'sent',
            reason: null,
            httpStatus: result.httpStatus ?? null,
            durationMs: performance.now() - t0,
            ...(result.refs ? { refs: result.refs } : {}),
          },
          at,
        );
        stats.sent += claimed.length;
      } catch (e) {
        const err = asDeliveryError(e);
        const at = this.clock.now();
        this.lastSent.set(name, at);
        const reason = redact(err.message, this.config.destinations);
        const durationMs = performance.now() - t0;
        const httpStatus = err.status ?? null;
        const exhausted = claimed.filter((r) => r.attempts + 1 >= dest.retry.maxAttempts);
        const again = err.retryable ? claimed.filter((r) => r.attempts + 1 < dest.retry.maxAttempts) : [];
        const giveUp = err.retryable ? exhausted : claimed;
        stats.errors.push(`${name}: ${reason}`);
        this.options.log?.(`notification to ${name} failed: ${reason}${again.length ? ' (will retry)' : ''}`);
        if (giveUp.length) {
          const why = err.retryable ? `${reason} (gave up after ${dest.retry.maxAttempts} attempts)` : reason;
          await recordAttempt(
            this.store,
            giveUp,
            { outcome: 'failed', reason: why, httpStatus, durationMs },
            at,
          );
          stats.failed += giveUp.length;
        }
        if (again.length) {
          const attempt = Math.max(...again.map((r) => r.attempts)) + 1;
          const delay =
            err.retryAfterMs !== undefined
              ? Math.min(Math.max(err.retryAfterMs, 0), MAX_RETRY_AFTER_MS)
              : backoffDelay(
                  {
                    maxAttempts: dest.retry.maxAttempts,
                    initialDelayMs: dest.retry.initialDelay,
                    maxDelayMs: dest.retry.maxDelay,
                  },
                  attempt,
                  this.random,
                );
          this.readyAt.set(name, at + delay);
          await recordAttempt(
            this.store,
            again,
            { outcome: 'retry', reason, httpStatus, durationMs, dueAt: at + delay },
            at,
          );
          stats.retried += again.length;
          // The destination is blocked until the retry: later rows keep their order.
          return;
        }
      }
    }
  }

  /** When the next delivery can go (throttles and blocked destinations included), if any is waiting. */
  async nextDueAt(options: { flushDigests?: boolean } = {}): Promise<number | undefined> {
    const byDest = await nextDueByDestination(this.store, options);
    let next: number | undefined;
    for (const [name, due] of byDest) {
      const d = this.byName.get(name);
      const t = d ? Math.max(due, this.earliest(d)) : due;
      if (next === undefined || t < next) next = t;
    }
    return next;
  }

  /**
   * Sends until nothing is due or waiting any longer would pass `maxWaitMs` (retries that fall
   * later stay in the outbox for the next run). Digests whose window is still open wait, unless
   * `flushDigests`.
   */
  async drain(options: { maxWaitMs?: number; flushDigests?: boolean } = {}): Promise<RoundStats> {
    const total: RoundStats = { sent: 0, retried: 0, failed: 0, errors: [] };
    const deadline = this.clock.now() + (options.maxWaitMs ?? 30_000);
    const flush = options.flushDigests ? { flushDigests: true } : {};
    for (let round = 0; round < 100_000; round++) {
      const r = await this.processDue({ ...flush, deadline });
      total.sent += r.sent;
      total.retried += r.retried;
      total.failed += r.failed;
      total.errors.push(...r.errors);
      const next = await this.nextDueAt(flush);
      if (next === undefined || next > deadline) break;
      const now = this.clock.now();
      if (next > now) await this.clock.sleep(next - now);
      else if (r.sent + r.retried + r.failed === 0) {
        // Due but nothing moved (leased by another process): wait a little, within the budget.
        if (now >= deadline) break;
        await this.clock.sleep(Math.min(250, deadline - now));
      }
    }
    return total;
  }

  /** Deliveries still waiting: to send or retry, and digests whose window is open. */
  async pendingCounts(): Promise<{ pending: number; digestPending: number }> {
    const nowIso = new Date(this.clock.now()).toISOString();
    const rows = await this.store.db
      .selectFrom('notification_deliveries')
      .select(['status', 'digest_group', 'due_at'])
      .where('status', 'in', ['queued', 'retrying', 'sending'])
      .execute();
    let pending = 0;
    let digestPending = 0;
    for (const r of rows) {
      if (r.status === 'queued' && r.digest_group !== null && r.due_at > nowIso) digestPending++;
      else pending++;
    }
    return { pending, digestPending };
  }

  async close(): Promise<void> {
    await Promise.all([...this.senders.values()].map((s) => s.close?.()));
    this.senders.clear();
  }
}
