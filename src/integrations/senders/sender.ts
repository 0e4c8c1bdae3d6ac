import type { Store } from '../../store/connect.js';
import type { Clock } from '../clock.js';
import type { DestinationConfig } from '../config.js';
import type { NotificationEvent } from '../events.js';

export interface UnitDelivery {
  readonly id: string;
  readonly event: NotificationEvent;
  readonly attempts: number;
}

/** What one request (or one message, or one connection) carries. */
export interface SendUnit {
  readonly deliveries: readonly UnitDelivery[];
  /** A digest: several events for one team collected over a window, sent as one message. */
  readonly digest: boolean;
}

export interface SendContext {
  readonly clock: Clock;
  readonly store: Store;
  readonly productVersion: string;
}

export interface SendResult {
  readonly httpStatus?: number;
  /** References the destination gave back, per delivery id (e.g. Jira issue keys). */
  readonly refs?: ReadonlyMap<string, string>;
}

/**
 * One destination type. `send` throws a DeliveryError on failure (retryable or not); it must be
 * safe to call again with the same unit after a failure (idempotent where the receiver allows).
 */
export interface Sender {
  readonly destination: DestinationConfig;
  /** Most events an immediate (non-digest) unit may carry; 1 means one request per event. */
  readonly batchSize: number;
  /** Default minimum time between requests. */
  readonly defaultThrottleMs: number;
  send(unit: SendUnit, ctx: SendContext): Promise<SendResult>;
  close?(): Promise<void>;
}
