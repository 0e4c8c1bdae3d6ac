import type { DestinationOf } from '../config.js';
import { DeliveryError } from '../delivery-error.js';
import { EVENT_LABELS, type NotificationEvent } from '../events.js';
import { ensureOk, type HttpResponse, httpRequest } from '../http.js';
import { setRef } from '../outbox.js';
import { fixLine, locationOf, SEVERITY_LABEL, teamOf } from '../render.js';
import type { SendContext, Sender, SendResult, SendUnit } from './sender.js';

type AdfNode = Record<string, unknown>;

const text = (t: string, marks?: AdfNode[]): AdfNode => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const heading = (t: string): AdfNode => ({ type: 'heading', attrs: { level: 3 }, content: [text(t)] });
const code = (t: string) => text(t, [{ type: 'code' }]);

/** An Atlassian Document Format description: what is wrong, why, the fix, how to verify. */
export function adfDescription(event: NotificationEvent): AdfNode {
  const f = event.finding;
  const content: AdfNode[] = [
    heading('What is wrong'),
    paragraph(text(f.message || f.title)),
    paragraph(text('Where: '), code(locationOf(event)), text(` (${f.logicalPath || '-'})`)),
    paragraph(
      text(`Severity: ${SEVERITY_LABEL[f.severity]} · Rule: `),
      code(f.ruleId),
      text(` · Team: ${teamOf(event)} · Target group: ${event.targetGroup}`),
    ),
  ];
  if (event.fix.why) content.push(heading('Why it matters'), paragraph(text(event.fix.why)));
  content.push(heading('How to fix'), paragraph(text(fixLine(event) || 'See the rule documentation.')));
  if (event.fix.verify) content.push(heading('How to verify'), paragraph(text(event.fix.verify)));
  if (event.fix.references.length) {
    content.push(heading('References'), {
      type: 'bulletList',
      content: event.fix.references.map((r) => ({ type: 'listItem', content: [paragraph(text(r))] })),
    });
  }
  content.push(paragraph(text('Plumbline fingerprint: '), code(f.fingerprint)));
  return { type: 'doc', version: 1, content };
}

interface FoundIssue {
  readonly key: string;
  readonly category: string | undefined;
}

interface Transition {
  id: string;
  name?: string;
  to?: { name?: string; statusCategory?: { key?: string } };
}

function jqlString(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Jira Cloud (REST v3): one issue per finding, labelled `plumb-<fingerprint>`. Before creating,
 * the label is searched (JQL), so a retry after a lost response does not create a second issue.
 * `finding.fixed` moves the issue to a status in the `done` category; a reopen moves it back.
 */
export class JiraSender implements Sender {
  readonly batchSize = 1;
  readonly defaultThrottleMs = 0;
  private readonly base: string;
  private readonly auth: string;
  constructor(readonly destination: DestinationOf<'jira'>) {
    this.base = destination.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${destination.email}:${destination.apiToken}`).toString('base64')}`;
  }

  private async call(
    method: string,
    path: string,
    body: unknown,
    ctx: SendContext,
    what: string,
  ): Promise<HttpResponse> {
    const res = await httpRequest(`${this.base}${path}`, {
      method,
      timeoutMs: this.destination.timeout,
      headers: {
        authorization: this.auth,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    ensureOk(res, `jira ${what}`, ctx.clock.now());
    return res;
  }

  private json<T>(res: HttpResponse, what: string): T {
    try {
      return JSON.parse(res.text) as T;
    } catch {
      throw new DeliveryError(`jira ${what}: response is not JSON`, { retryable: true, status: res.status });
    }
  }

  async find(label: string, ctx: SendContext): Promise<FoundIssue | undefined> {
    const res = await this.call(
      'POST',
      '/rest/api/3/search/jql',
      { jql: `labels = ${jqlString(label)}`, fields: ['status'], maxResults: 1 },
      ctx,
      'search',
    );
    const body = this.json<{
      issues?: { key: string; fields?: { status?: { statusCategory?: { key?: string } } } }[];
    }>(res, 'search');
    const issue = body.issues?.[0];
    return issue ? { key: issue.key, category: issue.fields?.status?.statusCategory?.key } : undefined;
  }

  async create(event: NotificationEvent, label: string, ctx: SendContext): Promise<string> {
    const f = event.finding;
    const priority = this.destination.priorities?.[f.severity];
    const res = await this.call(
      'POST',
      '/rest/api/3/issue',
      {
        fields: {
          project: { key: this.destination.project },
          issuetype: { name: this.destination.issueType },
          summary: `[${SEVERITY_LABEL[f.severity]}] ${f.title} — ${locationOf(event)}`.slice(0, 250),
          description: adfDescription(event),
          labels: [...new Set(['plumbline', label, ...this.destination.labels])],
          ...(priority ? { priority: { name: priority } } : {}),
        },
      },
      ctx,
      'create issue',
    );
    const key = this.json<{ key?: string }>(res, 'create issue').key;
    if (!key) throw new DeliveryError('jira create issue: no key in the response', { retryable: false });
    return key;
  }

  /** Moves the issue into (`done`) or out of (`open`) the done status category. */
  async transition(key: string, target: 'done' | 'open', ctx: SendContext): Promise<void> {
    const path = `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`;
    const res = await this.call('GET', path, undefined, ctx, 'transitions');
    const list = this.json<{ transitions?: Transition[] }>(res, 'transitions').transitions ?? [];
    const cat = (t: Transition) => t.to?.statusCategory?.key;
    const pick =
      target === 'done'
        ? list.find((t) => cat(t) === 'done')
        : (list.find((t) => cat(t) === 'new') ?? list.find((t) => cat(t) !== undefined && cat(t) !== 'done'));
    if (!pick) {
      throw new DeliveryError(
        `jira: issue ${key} has no transition to a ${target === 'done' ? 'done' : 'not-done'} status`,
        {
          retryable: false,
        },
      );
    }
    await this.call('POST', path, { transition: { id: pick.id } }, ctx, 'transition');
  }

  async comment(key: string, body: string, ctx: SendContext): Promise<void> {
    await this.call(
      'POST',
      `/rest/api/3/issue/${encodeURIComponent(key)}/comment`,
      { body: { type: 'doc', version: 1, content: [paragraph(text(body))] } },
      ctx,
      'comment',
    );
  }

  private async handle(event: NotificationEvent, ctx: SendContext): Promise<string | undefined> {
    const label = `plumb-${event.finding.fingerprint}`;
    const issue = await this.find(label, ctx);
    switch (event.type) {
      case 'finding.fixed':
        if (!issue) return undefined;
        if (issue.category !== 'done') await this.transition(issue.key, 'done', ctx);
        return issue.key;
      case 'fix.applied':
      case 'fix.failed':
        if (!issue) return undefined;
        await this.comment(issue.key, `${EVENT_LABELS[event.type]}: ${fixLine(event)}`, ctx);
        return issue.key;
      default: {
        if (!issue) {
          const key = await this.create(event, label, ctx);
          await setRef(ctx.store, this.destination.name, event.finding.fingerprint, key, ctx.clock.now());
          return key;
        }
        if (issue.category === 'done') await this.transition(issue.key, 'open', ctx);
        return issue.key;
      }
    }
  }

  async send(unit: SendUnit, ctx: SendContext): Promise<SendResult> {
    const refs = new Map<string, string>();
    for (const d of unit.deliveries) {
      const key = await this.handle(d.event, ctx);
      if (key) refs.set(d.id, key);
    }
    return { refs };
  }
}
