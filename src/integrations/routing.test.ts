import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { parseNotificationsConfig } from './config.js';
import { buildUnits } from './dispatcher.js';
import type { NotificationEvent } from './events.js';
import type { DeliveryRow } from './outbox.js';
import { dedupKey, digestWindowEnd, routeEvent } from './routing.js';

function event(
  over: Partial<NotificationEvent> & {
    severity?: NotificationEvent['finding']['severity'];
    team?: string | null;
  },
) {
  const { severity = 'high', team = 'payments', ...rest } = over;
  return {
    type: 'finding.new',
    changeId: 'evt_1',
    state: 'new',
    at: '2026-01-01T00:00:00.000Z',
    targetGroup: 'repo',
    finding: {
      id: 'f1',
      fingerprint: 'fp1',
      ruleId: 'r',
      severity,
      title: 't',
      message: 'm',
      state: 'new',
      path: 'p',
      logicalPath: 'l',
    },
    owner: { teamId: team ? `id_${team}` : null, teamName: team, contact: null },
    fix: { why: '', remediation: '', verify: '', references: [], automatic: null },
    ...rest,
  } as NotificationEvent;
}

const config = parseNotificationsConfig({
  destinations: [
    { name: 'soar', type: 'webhook', url: 'https://soar.example/h' },
    { name: 'chat', type: 'slack', url: 'https://hooks.example/s' },
    {
      name: 'tickets',
      type: 'jira',
      url: 'https://j.example',
      email: 'e',
      apiToken: 't',
      project: 'P',
      digest: '1h',
    },
    { name: 'mail', type: 'email', smtp: { host: 'h' }, from: 'a@b.c', to: ['c@d.e'] },
  ],
  routes: [
    { events: ['finding.new'], minSeverity: 'high', to: ['soar', 'tickets', 'mail'] },
    { events: ['finding.new'], teams: ['payments'], to: ['chat', 'soar'], digest: '1h' },
  ],
});

describe('routing', () => {
  it('filters by event, severity and team; the first matching route decides per destination', () => {
    const r = routeEvent(config, event({}));
    expect(r.map((x) => [x.destination.name, x.digestMs])).toEqual([
      ['soar', null],
      ['tickets', null],
      ['mail', 3_600_000],
      ['chat', 3_600_000],
    ]);
    expect(routeEvent(config, event({ severity: 'low' })).map((x) => x.destination.name)).toEqual([
      'chat',
      'soar',
    ]);
    expect(routeEvent(config, event({ severity: 'low', team: 'web' }))).toEqual([]);
    expect(routeEvent(config, event({ severity: 'low', team: null }))).toEqual([]);
    expect(routeEvent(config, event({ type: 'finding.fixed' }))).toEqual([]);
  });

  it('mails critical at once, and never digests Jira', () => {
    const r = routeEvent(config, event({ severity: 'critical' }));
    expect(r.find((x) => x.destination.name === 'mail')!.digestMs).toBeNull();
    expect(r.find((x) => x.destination.name === 'tickets')!.digestMs).toBeNull();
  });

  it('deduplicates on destination, fingerprint, state and the state change', () => {
    const a = event({});
    expect(dedupKey('soar', a)).toBe(dedupKey('soar', { ...a, type: 'drift.detected' }));
    expect(dedupKey('soar', a)).not.toBe(dedupKey('chat', a));
    expect(dedupKey('soar', a)).not.toBe(dedupKey('soar', { ...a, changeId: 'evt_2' }));
    expect(dedupKey('soar', a)).not.toBe(dedupKey('soar', { ...a, state: 'reopened' }));
  });

  it('aligns digest windows to the epoch', () => {
    expect(digestWindowEnd(Date.UTC(2026, 0, 1, 10, 17), 3_600_000)).toBe(Date.UTC(2026, 0, 1, 11, 0));
  });
});

describe('delivery mechanics', () => {
  it('backs off exponentially with jitter, capped', () => {
    const p = { maxAttempts: 8, initialDelayMs: 1000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(p, n, () => 0))).toEqual([500, 1000, 2000, 4000, 5000]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(p, n, () => 1))).toEqual([1000, 2000, 4000, 8000, 10000]);
  });

  it('groups digests per group and batches the rest in order', () => {
    const row = (id: string, digest: string | null) => ({ id, digest_group: digest }) as DeliveryRow;
    const units = buildUnits(
      [row('1', null), row('2', 'a'), row('3', null), row('4', 'a'), row('5', null)],
      2,
    );
    expect(units.map((u) => [u.digest, u.rows.map((r) => r.id)])).toEqual([
      [false, ['1']],
      [true, ['2', '4']],
      [false, ['3']],
      [false, ['5']],
    ]);
  });
});
