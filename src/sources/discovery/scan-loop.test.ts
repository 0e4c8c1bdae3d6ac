import { describe, expect, it } from 'vitest';
import type { Connector, PortState } from './connector.js';
import { portScan } from './scan.js';
import { redoUnfinished, scanShare } from './scan-loop.js';
import { buildPlan, OUTCOME, tally, unfinished } from './scan-plan.js';

/** A connector that answers after `delay` (setImmediate when 0) and records what it was asked. */
function fakeConnector(answer: (host: string, port: number) => PortState, delay = 0) {
  const calls: string[] = [];
  let active = 0;
  let maxActive = 0;
  const connector: Connector = (host, port, done) => {
    calls.push(`${host}:${port}`);
    active++;
    maxActive = Math.max(maxActive, active);
    const finish = () => {
      active--;
      done(answer(host, port));
    };
    if (delay === 0) {
      const t = setImmediate(finish);
      return () => {
        active--;
        clearImmediate(t);
      };
    }
    const t = setTimeout(finish, delay);
    return () => {
      active--;
      clearTimeout(t);
    };
  };
  return { connector, calls, maxActive: () => maxActive };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const wide = { concurrency: 50, perHostConcurrency: 50 };

describe('scanShare', () => {
  it('two shares of one plan make every attempt exactly once between them', async () => {
    const open = new Set(['a:7', 'b:1500', 'a:2999']);
    const answer = (h: string, p: number): PortState => (open.has(`${h}:${p}`) ? 'open' : 'closed');
    const plan = buildPlan(
      [
        { host: 'a', ports: range(1, 3000) },
        { host: 'b', ports: range(1000, 2000) },
      ],
      true,
    );
    const one = fakeConnector(answer);
    const two = fakeConnector(answer);
    const found: string[] = [];
    const onOpen = (h: number, i: number) =>
      found.push(`${plan.hosts[h]}:${plan.portLists[plan.listOf[h] as number]?.[i]}`);
    await Promise.all([
      scanShare(plan, wide, one.connector, onOpen).finished,
      scanShare(plan, wide, two.connector, onOpen).finished,
    ]);
    const all = [...one.calls, ...two.calls];
    expect(all).toHaveLength(4001);
    expect(new Set(all).size).toBe(4001);
    expect(one.calls.length).toBeGreaterThan(0);
    expect(two.calls.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual([...open].sort());
    const r = tally(plan, 0);
    expect(r.open.map((o) => `${o.host}:${o.port}`)).toEqual(['a:7', 'a:2999', 'b:1500']);
    expect(r.closed).toBe(3998);
    expect(unfinished(plan).jobs).toEqual([]);
  });

  it('keeps within its concurrency, and grows to it only while answers are slow', async () => {
    const fast = fakeConnector(() => 'closed');
    await scanShare(
      buildPlan([{ host: 'a', ports: range(1, 2000) }], false),
      {
        concurrency: 1000,
        perHostConcurrency: 1000,
      },
      fast.connector,
    ).finished;
    // Answers within the same turn of the event loop: a deeper queue would only cost kernel time.
    expect(fast.maxActive()).toBeLessThanOrEqual(64);

    const slow = fakeConnector(() => 'closed', 40);
    const plan = buildPlan([{ host: 'a', ports: range(1, 3000) }], false);
    await scanShare(plan, { concurrency: 300, perHostConcurrency: 300 }, slow.connector).finished;
    expect(slow.maxActive()).toBeGreaterThan(64);
    expect(slow.maxActive()).toBeLessThanOrEqual(300);
    expect(tally(plan, 0).closed).toBe(3000);
  });

  it('turns attempts that never answer into "filtered" at the timeout', async () => {
    const never: Connector = () => () => undefined;
    const plan = buildPlan([{ host: 'a', ports: [1, 2, 3] }], false);
    await scanShare(plan, { ...wide, timeoutMs: 30 }, never).finished;
    expect(tally(plan, 0)).toMatchObject({ open: [], closed: 0, filtered: 3 });
  });

  it('widen raises the limits of a running share', async () => {
    const c = fakeConnector(() => 'closed', 5);
    const plan = buildPlan([{ host: 'a', ports: range(1, 200) }], false);
    const share = scanShare(plan, { concurrency: 1, perHostConcurrency: 1 }, c.connector);
    await new Promise((r) => setTimeout(r, 30));
    expect(c.maxActive()).toBe(1);
    share.widen({ concurrency: 8, perHostConcurrency: 8 });
    await share.finished;
    expect(c.maxActive()).toBe(8);
    expect(tally(plan, 0).closed).toBe(200);
  });

  it('stop abandons attempts in flight; unfinished lists them for another try', async () => {
    const c = fakeConnector(() => 'closed', 1000);
    const plan = buildPlan([{ host: 'a', ports: range(1, 100) }], false);
    const share = scanShare(plan, { concurrency: 10, perHostConcurrency: 10 }, c.connector);
    await new Promise((r) => setTimeout(r, 20));
    share.stop();
    await share.finished;
    const lost = unfinished(plan);
    expect(lost.jobs).toEqual([{ host: 'a', ports: range(1, 10) }]);
    expect(lost.from.map((f) => f.position)).toEqual(range(0, 9));
    expect(plan.states[0]).toBe(OUTCOME.pending);
  });

  it('what a dead share left unfinished is made again, and every attempt counted once', async () => {
    const answer = (_h: string, p: number): PortState => (p % 100 === 0 ? 'open' : 'closed');
    const plan = buildPlan([{ host: 'a', ports: range(1, 1000) }], true);
    const survivor = fakeConnector(answer, 1);
    const doomed = fakeConnector(answer, 50);
    const dying = scanShare(plan, wide, doomed.connector);
    const living = scanShare(plan, wide, survivor.connector);
    setTimeout(() => dying.stop(), 20);
    await Promise.all([dying.finished, living.finished]);
    expect(unfinished(plan).jobs[0]?.ports.length).toBeGreaterThan(0);
    const found: number[] = [];
    await redoUnfinished(plan, wide, survivor.connector, (_h, i) => found.push(i + 1));
    expect(unfinished(plan).jobs).toEqual([]);
    const r = tally(plan, 0);
    expect(r.open.map((o) => o.port)).toEqual(range(1, 10).map((n) => n * 100));
    expect(r.closed).toBe(990);
    expect(found.every((p) => p % 100 === 0)).toBe(true);
  });
});

describe('portScan', () => {
  it('stops at an abort and reports what it had found', async () => {
    const c = fakeConnector((_h, p) => (p === 2 ? 'open' : 'closed'), 5);
    const stop = new AbortController();
    const pending = portScan([{ host: 'a', ports: range(1, 10_000) }], {
      connector: c.connector,
      concurrency: 4,
      signal: stop.signal,
    });
    setTimeout(() => stop.abort(), 40);
    const r = await pending;
    expect(r.open).toEqual([{ host: 'a', port: 2 }]);
    expect(r.closed).toBeGreaterThan(0);
    expect(r.closed).toBeLessThan(9999);
  });
});
