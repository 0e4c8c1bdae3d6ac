import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/integrations/clock.js';
import { parseNotificationsConfig } from '../../src/integrations/config.js';
import { notifyScan } from '../../src/integrations/notifier.js';
import { listDeliveries } from '../../src/integrations/outbox.js';
import { verifyWebhook } from '../../src/integrations/standard-webhooks.js';
import type { Store } from '../../src/store/connect.js';
import { clockAwayFromHourEdge, finding, scanOnce, testStore } from './fixture.js';
import { type HttpReceiver, httpReceiver } from './receivers.js';

const SECRET = `whsec_${Buffer.from('a test signing key of 32 bytes!!').toString('base64')}`;

function config(url: string, extra: Record<string, unknown> = {}) {
  return parseNotificationsConfig(
    {
      destinations: [
        {
          name: 'soar',
          type: 'webhook',
          url: `${url}/hooks/plumb`,
          secret: '${PLUMB_SOAR_SECRET}',
          timeout: '300ms',
          retry: { maxAttempts: 10, initialDelay: '2s', maxDelay: '30s' },
          ...extra,
        },
      ],
      routes: [
        { events: ['finding.new', 'finding.reopened', 'finding.fixed'], minSeverity: 'high', to: ['soar'] },
      ],
    },
    { env: { PLUMB_SOAR_SECRET: SECRET } },
  );
}

describe('webhook (SOAR) with Standard Webhooks signatures', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let rx: HttpReceiver;
  let clock: ManualClock;

  beforeEach(async () => {
    ({ store, cleanup } = await testStore());
    clock = clockAwayFromHourEdge();
    rx = await httpReceiver(() => clock.now());
  });
  afterEach(async () => {
    await rx.close();
    await cleanup();
  });

  const opts = () => ({ clock, random: () => 0.5, maxWaitMs: 600_000 });

  it('signs every request, carries finding/owner/fix, and announces each finding once across scans', async () => {
    const cfg = config(rx.url);
    const findings = [
      finding('payments/Dockerfile'),
      finding('web/Dockerfile', { severity: 'critical' }),
      finding('web/low.Dockerfile', { severity: 'low' }),
    ];
    const first = await scanOnce(store, findings);
    const s1 = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: first.transitions, trigger: 'cli' },
      opts(),
    );
    expect(s1).toMatchObject({ events: 3, queued: 2, sent: 2, failed: 0, pending: 0 });
    expect(rx.requests).toHaveLength(2);
    for (const r of rx.requests) {
      expect(r.path).toBe('/hooks/plumb');
      const v = verifyWebhook(SECRET, r.headers, r.body, { nowSec: Math.floor(clock.now() / 1000) });
      expect(v).toEqual({ ok: true });
      const wrong = `whsec_${Buffer.from('some other signing key').toString('base64')}`;
      expect(verifyWebhook(wrong, r.headers, r.body, { nowSec: Math.floor(clock.now() / 1000) }).ok).toBe(
        false,
      );
      const body = JSON.parse(r.body);
      expect(body.type).toBe('finding.new');
      expect(body.data.finding.ruleId).toBe('docker/run-as-root');
      expect(body.data.fix.why.length).toBeGreaterThan(40);
      expect(body.data.fix.remediation).toMatch(/USER/);
    }
    const owners = rx.requests.map((r) => JSON.parse(r.body).data.owner.teamName).sort();
    expect(owners).toEqual(['payments', 'web']);

    // Same tree again: nothing new to say.
    const second = await scanOnce(store, findings);
    const s2 = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: second.transitions }, opts());
    expect(s2.queued).toBe(0);
    // Replaying the first scan's transitions (a crash and re-run) is deduplicated too.
    const again = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: first.transitions },
      opts(),
    );
    expect(again).toMatchObject({ queued: 0, duplicates: 2, sent: 0 });
    expect(rx.requests).toHaveLength(2);

    // Fixed, then reopened: each state change announced once.
    const fixed = await scanOnce(store, [findings[1]!, findings[2]!]);
    await notifyScan(store, cfg, { targetGroup: 'repo', transitions: fixed.transitions }, opts());
    const back = await scanOnce(store, findings);
    await notifyScan(store, cfg, { targetGroup: 'repo', transitions: back.transitions }, opts());
    const types = rx.requests.map((r) => JSON.parse(r.body).type);
    expect(types).toEqual(['finding.new', 'finding.new', 'finding.fixed', 'finding.reopened']);
    const fixedBody = JSON.parse(rx.requests[2]!.body);
    expect(fixedBody.data.finding.path).toBe('payments/Dockerfile');
  });

  it('survives a receiver that is down for a minute: retries with backoff, nothing lost, nothing twice', async () => {
    const cfg = config(rx.url);
    const start = clock.now();
    rx.handler = (req) =>
      req.at < start + 60_000 ? { status: 503, body: 'down for maintenance' } : { status: 200 };
    const findings = [
      finding('payments/a/Dockerfile'),
      finding('payments/b/Dockerfile'),
      finding('web/c/Dockerfile'),
    ];
    const scan = await scanOnce(store, findings);
    const summary = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      opts(),
    );
    expect(summary).toMatchObject({ queued: 3, sent: 3, failed: 0, pending: 0 });
    const ok = rx.requests.filter((r) => r.at >= start + 60_000);
    expect(ok).toHaveLength(3);
    const ids = ok.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(3);
    // Backoff with jitter=0.5: 1.5s, 3s, 6s, 12s, 24s, 30s… — far fewer attempts than a tight loop.
    const failedAttempts = rx.requests.filter((r) => r.at < start + 60_000);
    expect(failedAttempts.length).toBeGreaterThan(3);
    expect(failedAttempts.length).toBeLessThan(12);
    // Order kept while the first delivery retried: later ones were not tried in between.
    expect(new Set(failedAttempts.map((r) => r.headers['webhook-id'])).size).toBe(1);
    // Retries reuse the webhook-id so a receiver can drop duplicates.
    expect(failedAttempts[0]!.headers['webhook-id']).toBe(ok[0]!.headers['webhook-id']);

    const log = await listDeliveries(store, { destination: 'soar' });
    expect(log.total).toBe(3);
    expect(log.items.every((i) => i.status === 'sent')).toBe(true);
    const first = log.items.find((i) => i.history.length > 1)!;
    expect(first.history.at(-1)!.outcome).toBe('sent');
    expect(first.history[0]).toMatchObject({ outcome: 'retry', httpStatus: 503 });
    expect(first.history[0]!.reason).toMatch(/HTTP 503/);
  });

  it('treats a timeout as retryable and a 4xx as permanent, with the reason in the log', async () => {
    const cfg = config(rx.url);
    rx.handler = (req, n) => {
      if (n === 1) return 'hang';
      if (JSON.parse(req.body).data.finding.path === 'web/bad/Dockerfile')
        return { status: 422, body: '{"error":"schema"}' };
      return { status: 204 };
    };
    const scan = await scanOnce(store, [finding('payments/x/Dockerfile'), finding('web/bad/Dockerfile')]);
    const summary = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      opts(),
    );
    expect(summary).toMatchObject({ sent: 1, failed: 1, retried: 1, pending: 0 });
    const failed = await listDeliveries(store, { status: 'failed' });
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]!.lastError).toMatch(/HTTP 422/);
    const sent = await listDeliveries(store, { status: 'sent' });
    expect(sent.items[0]!.history.map((h) => h.outcome)).toEqual(['retry', 'sent']);
    expect(sent.items[0]!.history[0]!.reason).toMatch(/timed out after 300ms/);
  });

  it('keeps undelivered events in the outbox when the receiver stays down, and sends them on the next run', async () => {
    const cfg = config(rx.url);
    rx.handler = () => ({ status: 500, body: `oops ${SECRET}` });
    const scan = await scanOnce(store, [finding('payments/y/Dockerfile')]);
    const s1 = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      {
        ...opts(),
        maxWaitMs: 5_000,
      },
    );
    expect(s1).toMatchObject({ sent: 0, pending: 1 });
    // The secret echoed by the receiver never reaches the log.
    const log = await listDeliveries(store, {});
    expect(JSON.stringify(log)).not.toContain(SECRET.slice(6));
    expect(log.items[0]!.lastError).toContain('********');

    rx.handler = () => ({ status: 200 });
    clock.advance(60_000);
    const before = rx.requests.length;
    const next = await scanOnce(store, [finding('payments/y/Dockerfile')]);
    const s2 = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: next.transitions }, opts());
    expect(s2).toMatchObject({ queued: 0, sent: 1, pending: 0 });
    expect(rx.requests.length - before).toBe(1);
  });

  it('sends OCSF Compliance Findings with payload: ocsf', async () => {
    const cfg = config(rx.url, { payload: 'ocsf' });
    const scan = await scanOnce(store, [finding('payments/z/Dockerfile')]);
    await notifyScan(store, cfg, { targetGroup: 'repo', transitions: scan.transitions }, opts());
    const body = JSON.parse(rx.requests[0]!.body);
    expect(body).toMatchObject({
      class_uid: 2003,
      category_uid: 2,
      activity_id: 1,
      type_uid: 200301,
      severity_id: 4,
    });
    expect(body.compliance).toMatchObject({
      standards: ['CIS Docker Benchmark'],
      control: '4.1',
      status_id: 3,
    });
    expect(body.finding_info.uid).toBe(scan.transitions[0]!.fingerprint);
    expect(
      verifyWebhook(SECRET, rx.requests[0]!.headers, rx.requests[0]!.body, {
        nowSec: Math.floor(clock.now() / 1000),
      }).ok,
    ).toBe(true);
  });
});
