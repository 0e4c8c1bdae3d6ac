import { hostname } from 'node:os';
import type { DestinationOf } from '../config.js';
import { DeliveryError } from '../delivery-error.js';
import { ensureOk, httpRequest } from '../http.js';
import { plumbPayload } from '../render.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

/** The HEC endpoint: a bare base URL gets `/services/collector/event`. */
export function hecEndpoint(url: string): string {
  const u = new URL(url);
  if (u.pathname === '/' || u.pathname === '') u.pathname = '/services/collector/event';
  return u.toString();
}

/**
 * Splunk HTTP Event Collector: a batch is one POST of concatenated JSON event objects,
 * `Authorization: Splunk <token>`. HEC answers `{"text":"Success","code":0}`.
 */
export class SplunkHecSender implements Sender {
  readonly defaultThrottleMs = 0;
  readonly batchSize: number;
  private readonly endpoint: string;
  constructor(readonly destination: DestinationOf<'splunk-hec'>) {
    this.batchSize = destination.batchSize;
    this.endpoint = hecEndpoint(destination.url);
  }

  body(unit: SendUnit): string {
    const d = this.destination;
    return unit.deliveries
      .map((x) =>
        JSON.stringify({
          time: Date.parse(x.event.at) / 1000,
          host: d.host ?? hostname(),
          source: d.source,
          sourcetype: d.sourcetype,
          ...(d.index ? { index: d.index } : {}),
          event: { ...plumbPayload(x.event), deliveryId: x.id },
        }),
      )
      .join('\n');
  }

  async send(unit: SendUnit, ctx: SendContext): Promise<SendResult> {
    const res = await httpRequest(this.endpoint, {
      method: 'POST',
      timeoutMs: this.destination.timeout,
      headers: { authorization: `Splunk ${this.destination.token}`, 'content-type': 'application/json' },
      body: this.body(unit),
    });
    ensureOk(res, 'splunk hec', ctx.clock.now());
    try {
      const ack = JSON.parse(res.text) as { code?: number; text?: string };
      if (typeof ack.code === 'number' && ack.code !== 0) {
        throw new DeliveryError(`splunk hec: code ${ack.code} ${ack.text ?? ''}`.trim(), {
          retryable: ack.code === 9,
          status: res.status,
        });
      }
    } catch (e) {
      if (e instanceof DeliveryError) throw e;
      // A 2xx without JSON (a proxy) counts as accepted.
    }
    return { httpStatus: res.status };
  }
}
