import { createHash } from 'node:crypto';
import type { DestinationOf } from '../config.js';
import { ensureOk, httpRequest } from '../http.js';
import { ocsfFromEvent } from '../ocsf.js';
import { plumbPayload } from '../render.js';
import { webhookHeaders } from '../standard-webhooks.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

/**
 * Generic webhook (SOAR): JSON body, signed per Standard Webhooks. `webhook-id` is the delivery
 * id (a digest's id is derived from its deliveries), identical on every retry, so a receiver
 * can drop duplicates.
 */
export class WebhookSender implements Sender {
  readonly batchSize = 1;
  readonly defaultThrottleMs = 0;
  constructor(readonly destination: DestinationOf<'webhook'>) {}

  body(unit: SendUnit, productVersion: string, now: number): { id: string; body: string } {
    const d = this.destination;
    const first = unit.deliveries[0]!;
    if (!unit.digest && unit.deliveries.length === 1) {
      const payload =
        d.payload === 'ocsf' ? ocsfFromEvent(first.event, productVersion) : plumbPayload(first.event);
      return { id: `msg_${first.id}`, body: JSON.stringify(payload) };
    }
    const ids = unit.deliveries.map((x) => x.id);
    const id = `msg_dg_${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 24)}`;
    if (d.payload === 'ocsf') {
      return { id, body: JSON.stringify(unit.deliveries.map((x) => ocsfFromEvent(x.event, productVersion))) };
    }
    const team = first.event.owner;
    return {
      id,
      body: JSON.stringify({
        type: 'digest',
        timestamp: new Date(now).toISOString(),
        data: {
          owner: { teamId: team.teamId, teamName: team.teamName },
          count: unit.deliveries.length,
          events: unit.deliveries.map((x) => plumbPayload(x.event)),
        },
      }),
    };
  }

  async send(unit: SendUnit, ctx: SendContext): Promise<SendResult> {
    const { id, body } = this.body(unit, ctx.productVersion, ctx.clock.now());
    const timestamp = Math.floor(ctx.clock.now() / 1000);
    const res = await httpRequest(this.destination.url, {
      method: 'POST',
      timeoutMs: this.destination.timeout,
      headers: {
        'content-type': 'application/json',
        'user-agent': `plumbline/${ctx.productVersion}`,
        ...(this.destination.headers ?? {}),
        ...webhookHeaders(this.destination.secret, id, timestamp, body),
      },
      body,
    });
    ensureOk(res, 'webhook', ctx.clock.now());
    return { httpStatus: res.status };
  }
}
