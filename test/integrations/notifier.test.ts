import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNotificationsConfig } from '../../src/integrations/config.js';
import { Dispatcher } from '../../src/integrations/dispatcher.js';
import { eventsFromTransitions } from '../../src/integrations/events.js';
import { Notifier } from '../../src/integrations/notifier.js';
import { listDeliveries } from '../../src/integrations/outbox.js';
import type { Store } from '../../src/store/connect.js';
import { clockAwayFromHourEdge, finding, scanOnce, testStore } from './fixture.js';
import { type HttpReceiver, httpReceiver } from './receivers.js';

let store: Store;
let cleanup: () => Promise<void>;
let rx: HttpReceiver;

beforeEach(async () => {
  ({ store, cleanup } = await testStore());
  rx = await httpReceiver();
});
afterEach(async () => {
  await rx.close();
  await cleanup();
});

const cfg = (url: string) =>
  parseNotificationsConfig({
    destinations: [
      {
        name: 'soar',
        type: 'webhook',
        url,
        secret: 'plain-secret',
        retry: { initialDelay: '50ms', maxDelay: '200ms' },
      },
      { name: 'pay-only', type: 'webhook', url: `${url}/payments` },
    ],
    routes: [
      {
        events: ['drift.detected', 'finding.new', 'sla.breached', 'fix.applied', 'fix.failed'],
        to: ['soar'],
      },
      { events: ['finding.new'], teams: ['payments'], minSeverity: 'critical', to: ['pay-only'] },
    ],
  });

describe('Notifier (serve mode)', () => {
  it('announces scans from the scan service, drift once per destination, on its own timer', async () => {
    const listeners: ((g: string, o: { transitions: readonly never[] }, t: string) => Promise<void>)[] = [];
    const service = { onScan: (l: (typeof listeners)[number]) => listeners.push(l) };
    const notifier = new Notifier(store, cfg(`${rx.url}/soar`), { tickMs: 20 });
    notifier.attach(service as never);
    notifier.start();
    try {
      const scan = await scanOnce(
        store,
        [
          finding('payments/p/Dockerfile', { severity: 'critical' }),
          finding('web/w/Dockerfile', { severity: 'critical' }),
        ],
        { trigger: 'watch' },
      );
      for (const l of listeners) await l('repo', scan as never, 'watch');
      for (let i = 0; i < 100 && rx.requests.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      // soar: drift.detected only (finding.new for the same change is deduplicated); pay-only: its team.
      const soar = rx.requests.filter((r) => r.path === '/soar');
      expect(soar.map((r) => JSON.parse(r.body).type)).toEqual(['drift.detected', 'drift.detected']);
      const pay = rx.requests.filter((r) => r.path === '/soar/payments');
      expect(pay).toHaveLength(1);
      expect(JSON.parse(pay[0]!.body).data.owner.teamName).toBe('payments');
    } finally {
      await notifier.stop();
    }
  });

  it('announces SLA breaches once, and fix outcomes', async () => {
    const clock = clockAwayFromHourEdge();
    const notifier = new Notifier(store, cfg(`${rx.url}/soar`), { clock, random: () => 0.5 });
    const f = finding('web/old/Dockerfile', { severity: 'critical' });
    await scanOnce(store, [f], { now: new Date(clock.now() - 30 * 86_400_000) });
    await notifier.tick();
    clock.advance(600_000);
    await notifier.tick();
    const slas = rx.requests.filter((r) => JSON.parse(r.body).type === 'sla.breached');
    expect(slas).toHaveLength(1);
    await notifier.notifyFix({
      runId: 'r1',
      targetGroup: 'repo',
      fingerprints: [f.fingerprint],
      status: 'failed',
      reason: 'file changed',
    });
    await notifier.flush();
    const fixes = rx.requests.filter((r) => JSON.parse(r.body).type === 'fix.failed');
    expect(fixes).toHaveLength(1);
    expect(JSON.parse(fixes[0]!.body).data.run).toMatchObject({
      id: 'r1',
      status: 'failed',
      reason: 'file changed',
    });
    await notifier.stop();
  });

  it('two processes sharing the store never send the same delivery twice', async () => {
    rx.handler = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { status: 200 };
    };
    const c = cfg(`${rx.url}/soar`);
    const scan = await scanOnce(
      store,
      Array.from({ length: 12 }, (_, i) => finding(`web/${i}/Dockerfile`)),
    );
    const events = await eventsFromTransitions(store, { targetGroup: 'repo', transitions: scan.transitions });
    const a = new Dispatcher(store, c);
    const b = new Dispatcher(store, c);
    await a.enqueue(events);
    await b.enqueue(events);
    await Promise.all([a.drain({ maxWaitMs: 5000 }), b.drain({ maxWaitMs: 5000 })]);
    const ids = rx.requests.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    const log = await listDeliveries(store, { pageSize: 100 });
    expect(log.total).toBe(12);
    expect(log.items.every((i) => i.status === 'sent' && i.attempts === 1)).toBe(true);
  });
});
