import type { Severity } from '../../core/severity.js';
import type { DestinationOf } from '../config.js';
import { EVENT_LABELS, type NotificationEvent } from '../events.js';
import { ensureOk, httpRequest } from '../http.js';
import { fixLine, locationOf, SEVERITY_LABEL, summaryLine, teamOf } from '../render.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

const ICON: Record<Severity, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};

/** Slack mrkdwn needs only &, < and > escaped. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Block = Record<string, unknown>;

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: cut(text, 3000) });

export function eventBlocks(event: NotificationEvent): Block[] {
  const f = event.finding;
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: cut(`${EVENT_LABELS[event.type]}: ${f.title}`, 150), emoji: true },
    },
    {
      type: 'section',
      text: mrkdwn(`${ICON[f.severity]} *${SEVERITY_LABEL[f.severity]}* ${slackEscape(f.message)}`),
      fields: [
        mrkdwn(`*Where*\n\`${slackEscape(locationOf(event))}\``),
        mrkdwn(`*Team*\n${slackEscape(teamOf(event))}`),
        mrkdwn(`*Rule*\n\`${slackEscape(f.ruleId)}\``),
        mrkdwn(`*Target group*\n${slackEscape(event.targetGroup)}`),
      ],
    },
  ];
  if (event.type !== 'finding.fixed' && !event.run && event.fix.why) {
    blocks.push({ type: 'section', text: mrkdwn(`*Why it matters*\n${slackEscape(event.fix.why)}`) });
  }
  blocks.push({ type: 'section', text: mrkdwn(`*Fix*\n${slackEscape(fixLine(event))}`) });
  blocks.push({
    type: 'context',
    elements: [mrkdwn(`state: ${slackEscape(event.state)} · fingerprint \`${f.fingerprint}\``)],
  });
  return blocks;
}

const DIGEST_MAX = 40;

export function digestBlocks(events: readonly NotificationEvent[]): Block[] {
  const first = events[0]!;
  const blocks: Block[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: cut(
          `Plumbline digest: ${events.length} change${events.length === 1 ? '' : 's'} for ${teamOf(first)}`,
          150,
        ),
      },
    },
  ];
  for (const e of events.slice(0, DIGEST_MAX)) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `${ICON[e.finding.severity]} *${EVENT_LABELS[e.type]}*: ${slackEscape(e.finding.title)} — \`${slackEscape(locationOf(e))}\`\n${slackEscape(cut(fixLine(e), 500))}`,
      ),
    });
  }
  if (events.length > DIGEST_MAX) {
    blocks.push({ type: 'context', elements: [mrkdwn(`…and ${events.length - DIGEST_MAX} more`)] });
  }
  return blocks;
}

/**
 * Slack incoming webhook with Block Kit. At most one message per second per webhook (the
 * throttle), and 429 Retry-After is honoured by the dispatcher.
 */
export class SlackSender implements Sender {
  readonly batchSize = 1;
  readonly defaultThrottleMs = 1000;
  constructor(readonly destination: DestinationOf<'slack'>) {}

  message(unit: SendUnit): { text: string; blocks: Block[] } {
    const events = unit.deliveries.map((d) => d.event);
    if (!unit.digest && events.length === 1) {
      return { text: summaryLine(events[0]!), blocks: eventBlocks(events[0]!) };
    }
    return {
      text: `Plumbline digest: ${events.length} changes for ${teamOf(events[0]!)}`,
      blocks: digestBlocks(events),
    };
  }

  async send(unit: SendUnit, ctx: SendContext): Promise<SendResult> {
    const res = await httpRequest(this.destination.url, {
      method: 'POST',
      timeoutMs: this.destination.timeout,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.message(unit)),
    });
    ensureOk(res, 'slack', ctx.clock.now());
    return { httpStatus: res.status };
  }
}
