import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/integrations/clock.js';
import { parseNotificationsConfig, redactedDestinations } from '../../src/integrations/config.js';
import { notifyFix, notifyScan } from '../../src/integrations/notifier.js';
import { listDeliveries } from '../../src/integrations/outbox.js';
import type { Store } from '../../src/store/connect.js';
import { clockAwayFromHourEdge, finding, scanOnce, testStore } from './fixture.js';
import { type FakeJira, fakeJira, type HttpReceiver, httpReceiver } from './receivers.js';

let store: Store;
let cleanup: () => Promise<void>;
let clock: ManualClock;
const opts = () => ({ clock, random: () => 0.5, maxWaitMs: 600_000 });

beforeEach(async () => {
  ({ store, cleanup } = await testStore());
  clock = clockAwayFromHourEdge();
});
afterEach(async () => cleanup());

describe('slack', () => {
  let rx: HttpReceiver;
  beforeEach(async () => {
    rx = await httpReceiver(() => clock.now());
  });
  afterEach(async () => rx.close());

  it('sends Block Kit at most once per second and honours 429 Retry-After', async () => {
    const cfg = parseNotificationsConfig({
      destinations: [{ name: 'chat', type: 'slack', url: `${rx.url}/services/T000/B000/XXXXSECRETXXXX` }],
      routes: [{ events: ['finding.new'], to: ['chat'] }],
    });
    let limited = false;
    rx.handler = (_req, n) => {
      if (n === 2 && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '7' }, body: 'rate_limited' };
      }
      return { status: 200, body: 'ok' };
    };
    const scan = await scanOnce(store, [
      finding('payments/1/Dockerfile'),
      finding('payments/2/Dockerfile'),
      finding('web/3/Dockerfile'),
      finding('web/4/Dockerfile'),
    ]);
    const s = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: scan.transitions }, opts());
    expect(s).toMatchObject({ sent: 4, failed: 0, retried: 1 });
    expect(rx.requests).toHaveLength(5);
    for (let i = 1; i < rx.requests.length; i++) {
      expect(rx.requests[i]!.at - rx.requests[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    }
    // The request after the 429 waited the 7 seconds Slack asked for.
    expect(rx.requests[2]!.at - rx.requests[1]!.at).toBeGreaterThanOrEqual(7000);
    expect(rx.requests[2]!.body).toBe(rx.requests[1]!.body);
    const delivered = new Set(rx.requests.filter((_, i) => i !== 1).map((r) => r.body));
    expect(delivered.size).toBe(4);
    const msg = JSON.parse(rx.requests[0]!.body);
    expect(msg.text).toMatch(/\[HIGH\] New finding: Container runs as root/);
    expect(msg.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(msg.blocks)).toMatch(/Why it matters/);
    // The webhook URL is the credential: redacted for the API and in logs.
    expect(JSON.stringify(redactedDestinations(cfg))).not.toContain('XXXXSECRETXXXX');
  });

  it('collects a digest per team and window, and flushes when the window closes', async () => {
    const cfg = parseNotificationsConfig({
      destinations: [{ name: 'chat', type: 'slack', url: `${rx.url}/hook` }],
      routes: [{ events: ['finding.new'], to: ['chat'], digest: '1h' }],
    });
    const scan = await scanOnce(store, [
      finding('payments/1/Dockerfile'),
      finding('payments/2/Dockerfile'),
      finding('web/3/Dockerfile'),
    ]);
    const s1 = await notifyScan(
      store,
      cfg,
      { targetGroup: 'repo', transitions: scan.transitions },
      {
        ...opts(),
        maxWaitMs: 1000,
      },
    );
    expect(s1).toMatchObject({ queued: 3, sent: 0, digestPending: 3 });
    expect(rx.requests).toHaveLength(0);
    clock.advance(3_600_000);
    const s2 = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: [] }, opts());
    expect(s2).toMatchObject({ sent: 3, digestPending: 0 });
    expect(rx.requests).toHaveLength(2);
    const texts = rx.requests.map((r) => JSON.parse(r.body).text).sort();
    expect(texts).toEqual([
      'Plumbline digest: 1 changes for web',
      'Plumbline digest: 2 changes for payments',
    ]);
  });
});

describe('jira', () => {
  let jira: FakeJira;
  const auth = { email: 'bot@example.test', token: 'jira-api-token-123' };
  beforeEach(async () => {
    jira = await fakeJira(auth, () => clock.now());
  });
  afterEach(async () => jira.close());

  const cfg = () =>
    parseNotificationsConfig({
      destinations: [
        {
          name: 'tickets',
          type: 'jira',
          url: jira.url,
          email: auth.email,
          apiToken: auth.token,
          project: 'SEC',
          retry: { initialDelay: '1s' },
        },
      ],
      routes: [
        {
          events: ['finding.new', 'finding.reopened', 'finding.fixed', 'fix.applied'],
          minSeverity: 'medium',
          to: ['tickets'],
        },
      ],
    });

  it('creates one issue per finding, closes it when fixed and reopens it when the finding returns', async () => {
    const f = finding('payments/api/Dockerfile');
    const s1 = await scanOnce(store, [f]);
    await notifyScan(store, cfg(), { targetGroup: 'repo', transitions: s1.transitions }, opts());
    expect(jira.issues.size).toBe(1);
    const issue = [...jira.issues.values()][0]!;
    expect(issue.labels).toContain(`plumb-${f.fingerprint}`);
    const description = JSON.stringify(issue.fields.description);
    expect(issue.fields.description).toMatchObject({ type: 'doc', version: 1 });
    expect(description).toMatch(/How to fix/);
    expect(description).toMatch(/USER/);

    const s2 = await scanOnce(store, []);
    await notifyScan(store, cfg(), { targetGroup: 'repo', transitions: s2.transitions }, opts());
    expect(issue.status).toBe('Done');

    const s3 = await scanOnce(store, [f]);
    await notifyScan(store, cfg(), { targetGroup: 'repo', transitions: s3.transitions }, opts());
    expect(jira.issues.size).toBe(1);
    expect(issue.status).toBe('To Do');

    await notifyFix(
      store,
      cfg(),
      { runId: 'run-1', targetGroup: 'repo', fingerprints: [f.fingerprint], status: 'applied' },
      opts(),
    );
    expect(jira.comments).toHaveLength(1);
    const log = await listDeliveries(store, { destination: 'tickets' });
    expect(log.items.every((i) => i.status === 'sent' && i.externalRef === issue.key)).toBe(true);
  });

  it('does not create a second issue when the create reply was lost', async () => {
    jira.failCreateAfterCommit = 1;
    const s1 = await scanOnce(store, [finding('web/x/Dockerfile')]);
    const summary = await notifyScan(
      store,
      cfg(),
      { targetGroup: 'repo', transitions: s1.transitions },
      opts(),
    );
    expect(summary).toMatchObject({ sent: 1, retried: 1 });
    expect(jira.issues.size).toBe(1);
    const creates = jira.requests.filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue');
    expect(creates).toHaveLength(1);
    // The API token never shows up in the log or the redacted config.
    const log = JSON.stringify(await listDeliveries(store, {}));
    expect(log).not.toContain(auth.token);
    expect(JSON.stringify(redactedDestinations(cfg()))).not.toContain(auth.token);
  });
});

describe('splunk HEC', () => {
  let hec: HttpReceiver;
  beforeEach(async () => {
    hec = await httpReceiver(() => clock.now());
  });
  afterEach(async () => hec.close());

  it('batches events as concatenated JSON with the Splunk token, retrying a busy server', async () => {
    const cfg = parseNotificationsConfig({
      destinations: [
        {
          name: 'siem',
          type: 'splunk-hec',
          url: hec.url,
          token: '11111111-2222-3333-4444-555555555555',
          index: 'security',
          sourcetype: 'plumb:finding',
          batchSize: 2,
        },
      ],
      routes: [{ events: ['finding.new', 'finding.fixed'], to: ['siem'] }],
    });
    hec.handler = (_r, n) =>
      n === 1
        ? { status: 503, body: '{"text":"Server is busy","code":9}' }
        : { status: 200, body: '{"text":"Success","code":0}' };
    const scan = await scanOnce(store, [
      finding('payments/1/Dockerfile'),
      finding('payments/2/Dockerfile'),
      finding('web/3/Dockerfile'),
    ]);
    const s = await notifyScan(store, cfg, { targetGroup: 'repo', transitions: scan.transitions }, opts());
    expect(s).toMatchObject({ sent: 3, failed: 0 });
    expect(hec.requests).toHaveLength(3);
    for (const r of hec.requests) {
      expect(r.path).toBe('/services/collector/event');
      expect(r.headers.authorization).toBe('Splunk 11111111-2222-3333-4444-555555555555');
    }
    const events = hec.requests
      .slice(1)
      .flatMap((r) => r.body.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ index: 'security', sourcetype: 'plumb:finding', source: 'plumbline' });
    expect(new Set(events.map((e) => (e.event as { deliveryId: string }).deliveryId)).size).toBe(3);
    expect(JSON.stringify(await listDeliveries(store, {}))).not.toContain('11111111-2222');
  });
});
