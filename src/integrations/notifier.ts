import type { Store } from '../store/connect.js';
import type { Transition } from '../store/record-scan.js';
import type { NotificationsConfig } from './config.js';
import { Dispatcher, type DispatcherOptions, type RoundStats } from './dispatcher.js';
import {
  eventsFromTransitions,
  type FixOutcome,
  fixEvents,
  type NotificationEvent,
  slaBreachEvents,
} from './events.js';

export interface DeliverySummary {
  /** Events the scan (or fix) produced. */
  readonly events: number;
  /** Outbox rows written (one per event per destination). */
  readonly queued: number;
  /** Rows skipped because that state change was already announced to that destination. */
  readonly duplicates: number;
  /** Deliveries sent, retried or given up during this call (older outbox rows included). */
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
  /** Still waiting afterwards: retries for the next run/serve, and open digest windows. */
  readonly pending: number;
  readonly digestPending: number;
  /** Redacted reasons of failed attempts. */
  readonly errors: readonly string[];
}

export interface OneShotOptions extends DispatcherOptions {
  /** How long to keep retrying before leaving the rest in the outbox (default 30s). */
  readonly maxWaitMs?: number;
  /** Send digests now instead of waiting for their window. */
  readonly flushDigests?: boolean;
  readonly now?: Date;
}

function wantsSla(config: NotificationsConfig): boolean {
  return config.routes.some((r) => r.events.includes('sla.breached'));
}

function active(config: NotificationsConfig): boolean {
  return config.enabled && config.destinations.length > 0 && config.routes.length > 0;
}

const EMPTY: DeliverySummary = {
  events: 0,
  queued: 0,
  duplicates: 0,
  sent: 0,
  retried: 0,
  failed: 0,
  pending: 0,
  digestPending: 0,
  errors: [],
};

async function deliver(
  store: Store,
  config: NotificationsConfig,
  events: readonly NotificationEvent[],
  options: OneShotOptions,
): Promise<DeliverySummary> {
  const dispatcher = new Dispatcher(store, config, options);
  try {
    const { queued, duplicates } = await dispatcher.enqueue(events);
    const stats: RoundStats = await dispatcher.drain({
      ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
      ...(options.flushDigests ? { flushDigests: true } : {}),
    });
    const counts = await dispatcher.pendingCounts();
    return {
      events: events.length,
      queued,
      duplicates,
      sent: stats.sent,
      retried: stats.retried,
      failed: stats.failed,
      ...counts,
      errors: stats.errors,
    };
  } finally {
    await dispatcher.close();
  }
}

/**
 * One-shot delivery for `plumb scan PATH --notify`: turns the recorded scan's transitions into
 * events, adds SLA breaches of the group when a route wants them, writes the outbox (dedup
 * against earlier runs in the same store), sends, and retries within `maxWaitMs`. Whatever could
 * not be delivered stays in the outbox for the next run or for `plumb serve`.
 */
export async function notifyScan(
  store: Store,
  config: NotificationsConfig,
  scan: {
    readonly targetGroup: string;
    readonly transitions: readonly Transition[];
    readonly trigger?: string;
  },
  options: OneShotOptions = {},
): Promise<DeliverySummary> {
  if (!active(config)) return EMPTY;
  const now = options.now ?? new Date(options.clock?.now() ?? Date.now());
  const events = await eventsFromTransitions(store, { ...scan, now });
  if (wantsSla(config))
    events.push(...(await slaBreachEvents(store, { now, targetGroup: scan.targetGroup })));
  return deliver(store, config, events, options);
}

/** One-shot delivery of `fix.applied` / `fix.failed` (e.g. after `plumb fix --notify`). */
export async function notifyFix(
  store: Store,
  config: NotificationsConfig,
  outcome: FixOutcome,
  options: OneShotOptions = {},
): Promise<DeliverySummary> {
  if (!active(config)) return EMPTY;
  return deliver(store, config, await fixEvents(store, outcome), options);
}

type ScanListenerLike = (
  group: string,
  outcome: { readonly transitions: readonly Transition[] },
  trigger: string,
) => void | Promise<void>;

export interface NotifierOptions extends DispatcherOptions {
  /** How often the outbox is polled (default 1s). */
  readonly tickMs?: number;
  readonly onError?: (e: unknown) => void;
}

/**
 * Long-lived delivery for `plumb serve`: subscribes to scans, announces fixes, checks SLAs on
 * an interval, sends due deliveries (retries and closed digest windows) on a timer. Everything
 * goes through the outbox in the store, so a restart loses nothing.
 */
export class Notifier {
  readonly dispatcher: Dispatcher;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RoundStats> | undefined;
  private again = false;
  private lastSlaCheck = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: Store,
    private readonly config: NotificationsConfig,
    private readonly options: NotifierOptions = {},
  ) {
    this.dispatcher = new Dispatcher(store, config, options);
  }

  /** Announce every scan the service records (`ScanService.onScan`). */
  attach(service: { onScan(listener: ScanListenerLike): void }): void {
    service.onScan(async (group, outcome, trigger) => {
      await this.handleScan(group, outcome, trigger);
    });
  }

  /** Queues a scan's events and wakes the sender; returns how many outbox rows were written. */
  async handleScan(
    group: string,
    outcome: { readonly transitions: readonly Transition[] },
    trigger: string,
  ): Promise<number> {
    if (!active(this.config)) return 0;
    try {
      const events = await eventsFromTransitions(this.store, {
        targetGroup: group,
        transitions: outcome.transitions,
        trigger,
        now: new Date(this.dispatcher.clock.now()),
      });
      return (await this.publish(events)).queued;
    } catch (e) {
      this.options.onError?.(e);
      return 0;
    }
  }

  /** Queues `fix.applied` / `fix.failed` for a remediation run. */
  async notifyFix(outcome: FixOutcome): Promise<number> {
    if (!active(this.config)) return 0;
    return (await this.publish(await fixEvents(this.store, outcome))).queued;
  }

  async publish(events: readonly NotificationEvent[]): Promise<{ queued: number; duplicates: number }> {
    const r = await this.dispatcher.enqueue(events);
    if (r.queued > 0) this.kick();
    return r;
  }

  start(): void {
    if (this.timer || !active(this.config)) return;
    const every = this.options.tickMs ?? 1000;
    this.timer = setInterval(() => this.kick(), every);
    this.timer.unref();
    this.kick();
  }

  /** Stops the timer and waits for a round in progress. Undelivered rows stay in the outbox. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.again = false;
    if (this.running) await this.running.catch(() => undefined);
    await this.dispatcher.close();
  }

  private kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick()
      .catch((e) => {
        this.options.onError?.(e);
        return { sent: 0, retried: 0, failed: 0, errors: [] };
      })
      .finally(() => {
        this.running = undefined;
        if (this.again && this.timer) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** One round: SLA check when due, then everything due in the outbox. */
  async tick(): Promise<RoundStats> {
    const now = this.dispatcher.clock.now();
    if (wantsSla(this.config) && now - this.lastSlaCheck >= this.config.slaCheckInterval) {
      this.lastSlaCheck = now;
      await this.dispatcher.enqueue(await slaBreachEvents(this.store, { now: new Date(now) }));
    }
    return this.dispatcher.processDue();
  }

  /** Sends whatever is due, waiting up to `maxWaitMs` for retries (tests, shutdown). */
  async flush(options: { maxWaitMs?: number; flushDigests?: boolean } = {}): Promise<RoundStats> {
    if (this.running) await this.running.catch(() => undefined);
    return this.dispatcher.drain(options);
  }
}
