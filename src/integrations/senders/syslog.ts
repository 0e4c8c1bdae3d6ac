import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { connect as tlsConnect } from 'node:tls';
import { octetFrame, SYSLOG_SEVERITY, syslog5424, toCef, truncateUtf8 } from '../cef.js';
import { type DestinationOf, SYSLOG_FACILITIES } from '../config.js';
import { DeliveryError } from '../delivery-error.js';
import type { NotificationEvent } from '../events.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

/**
 * Syslog (RFC 5424) carrying CEF, over UDP (one datagram per message), TCP or TLS (RFC 6587 /
 * RFC 5425 octet-counting framing: `<length> <message>`). A unit opens one connection, writes
 * every message and closes it; a digest is sent as its individual events.
 */
export class SyslogSender implements Sender {
  readonly batchSize = 100;
  readonly defaultThrottleMs = 0;
  private readonly ca: string | undefined;
  constructor(readonly destination: DestinationOf<'syslog'>) {
    const tls = destination.tls;
    this.ca = tls?.ca ?? (tls?.caFile ? readFileSync(tls.caFile, 'utf8') : undefined);
  }

  format(event: NotificationEvent, ctx: SendContext): string {
    return syslog5424({
      facility: SYSLOG_FACILITIES[this.destination.facility],
      severity: SYSLOG_SEVERITY[event.finding.severity],
      timestamp: new Date(ctx.clock.now()),
      hostname: this.destination.hostname ?? hostname(),
      appName: this.destination.appName,
      procId: String(process.pid),
      msgId: event.type,
      message: toCef(event, ctx.productVersion),
    });
  }

  async send(unit: SendUnit, ctx: SendContext): Promise<SendResult> {
    const messages = unit.deliveries.map((d) => this.format(d.event, ctx));
    if (this.destination.protocol === 'udp') await this.sendUdp(messages);
    else await this.sendStream(messages);
    return {};
  }

  private port(): number {
    return this.destination.port ?? (this.destination.protocol === 'tls' ? 6514 : 514);
  }

  private async sendUdp(messages: string[]): Promise<void> {
    const { host } = this.destination;
    const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    try {
      for (const m of messages) {
        const buf = Buffer.from(truncateUtf8(m, this.destination.maxUdpBytes), 'utf8');
        await new Promise<void>((resolve, reject) => {
          socket.send(buf, this.port(), host, (err) =>
            err ? reject(new DeliveryError(`syslog udp: ${err.message}`, { retryable: true })) : resolve(),
          );
        });
      }
    } finally {
      socket.close();
    }
  }

  private sendStream(messages: string[]): Promise<void> {
    const d = this.destination;
    const what = `syslog ${d.protocol}`;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (msg: string) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        reject(new DeliveryError(`${what}: ${msg}`, { retryable: true }));
      };
      const onConnected = () => {
        const payload = Buffer.concat(messages.map(octetFrame));
        socket.end(payload, () => {
          if (settled) return;
          settled = true;
          resolve();
        });
      };
      const socket: Socket =
        d.protocol === 'tls'
          ? tlsConnect(
              {
                host: d.host,
                port: this.port(),
                ...(this.ca ? { ca: this.ca } : {}),
                servername: d.tls?.servername ?? d.host,
                rejectUnauthorized: d.tls?.rejectUnauthorized ?? true,
              },
              onConnected,
            )
          : netConnect({ host: d.host, port: this.port() }, onConnected);
      socket.setTimeout(d.timeout, () => fail(`timed out after ${d.timeout}ms`));
      socket.on('error', (e: NodeJS.ErrnoException) => fail(e.code ?? e.message));
    });
  }
}
