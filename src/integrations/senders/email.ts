import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { bySeverity } from '../../core/severity.js';
import type { DestinationOf } from '../config.js';
import { DeliveryError } from '../delivery-error.js';
import { escapeHtml, plainText, SEVERITY_LABEL, summaryLine, teamOf } from '../render.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** nodemailer errors: 4xx replies and connection trouble are transient; 5xx and auth are not. */
export function classifySmtpError(e: unknown): DeliveryError {
  const err = e as { message?: string; code?: string; responseCode?: number };
  const code = err.responseCode;
  const msg = `smtp: ${err.code ? `${err.code} ` : ''}${err.message ?? String(e)}`
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  if (typeof code === 'number') {
    return new DeliveryError(msg, { retryable: code >= 400 && code < 500, status: code });
  }
  const permanent = err.code === 'EAUTH' || err.code === 'EENVELOPE' || err.code === 'EMESSAGE';
  return new DeliveryError(msg, { retryable: !permanent });
}

/**
 * E-mail over SMTP (nodemailer). Routing sends events at or above `immediateSeverity`
 * (default critical) at once and collects the rest into a digest per team and window.
 */
export class EmailSender implements Sender {
  readonly batchSize = 1;
  readonly defaultThrottleMs = 0;
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  constructor(readonly destination: DestinationOf<'email'>) {
    const s = destination.smtp;
    this.transport = nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      requireTLS: s.requireTLS,
      ignoreTLS: s.ignoreTLS,
      ...(s.user ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
      tls: { rejectUnauthorized: s.rejectUnauthorized },
      connectionTimeout: destination.timeout,
      greetingTimeout: destination.timeout,
      socketTimeout: destination.timeout,
    });
  }

  message(unit: SendUnit): { to: string[]; subject: string; text: string; html: string } {
    const events = unit.deliveries.map((d) => d.event);
    const first = events[0]!;
    const to = new Set(this.destination.to);
    if (this.destination.toTeamContact) {
      for (const e of events) if (e.owner.contact && EMAIL.test(e.owner.contact)) to.add(e.owner.contact);
    }
    const blocks = events.map(plainText);
    const subject =
      !unit.digest && events.length === 1
        ? `[Plumbline] ${summaryLine(first)}`
        : `[Plumbline] Digest for ${teamOf(first)}: ${events.length} change${events.length === 1 ? '' : 's'} (highest ${
            SEVERITY_LABEL[
              events.map((e) => e.finding.severity).sort(bySeverity)[0] ?? first.finding.severity
            ]
          })`;
    const text = `${blocks.join('\n\n')}\n\n-- \nSent by Plumbline.\n`;
    const html = `<html><body>${blocks
      .map((b) => `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(b)}</pre>`)
      .join('<hr>')}<p style="color:#666">Sent by Plumbline.</p></body></html>`;
    return { to: [...to], subject: subject.replace(/[\r\n]+/g, ' ').slice(0, 250), text, html };
  }

  async send(unit: SendUnit, _ctx: SendContext): Promise<SendResult> {
    const m = this.message(unit);
    try {
      const info = await this.transport.sendMail({ from: this.destination.from, ...m });
      if (info.rejected.length > 0 && info.accepted.length === 0) {
        throw new DeliveryError(`smtp: every recipient was rejected`, { retryable: false });
      }
      return {};
    } catch (e) {
      throw e instanceof DeliveryError ? e : classifySmtpError(e);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
