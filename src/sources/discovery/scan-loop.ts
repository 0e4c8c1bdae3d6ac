import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Connector, PortState } from './connector.js';
import { buildPlan, OUTCOME, portsOf, type ScanPlan, unfinished } from './scan-plan.js';
import { TokenBucket } from './token-bucket.js';

/** Loopback answers (RST or SYN-ACK) in microseconds; a short timeout is plenty there. */
export function isLoopback(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

/** What one thread may do. Plain data, so that a worker thread can be handed its part. */
export interface ShareLimits {
  /** Sockets in flight at once, all hosts together. */
  readonly concurrency: number;
  readonly perHostConcurrency: number;
  /** Connect attempts per second (undefined: unlimited). */
  readonly rate?: number | undefined;
  readonly perHostRate?: number | undefined;
  /** Connect timeout (default 1000 ms on loopback, 1500 ms elsewhere). */
  readonly timeoutMs?: number | undefined;
}

export interface Share {
  /** Settles once this thread can claim nothing more and has nothing in flight. */
  readonly finished: Promise<void>;
  /** Replaces the limits, e.g. with the whole budget once another thread has dropped out. */
  widen(limits: ShareLimits): void;
  /** Stops at once: attempts in flight are abandoned and their outcomes stay pending. */
  stop(): void;
}

/**
 * Sockets in flight to start with. Loopback and LAN hosts refuse or accept within the same turn of
 * the event loop, and a deeper queue there only costs kernel time (ports held, bigger softirq
 * bursts): measured, 64 in flight scan 65,535 loopback ports ~20% faster than 2,000.
 */
const WINDOW_START = 64;
/** How often timeouts are enforced and the window reconsidered. */
const TICK_MS = 10;
/**
 * The window doubles on a tick where it was full while the thread sat idle: the answers are
 * limited by latency, not CPU, so more sockets in flight means more ports per second.
 */
const IDLE_UTILISATION = 0.8;

const OUTCOME_OF: Record<PortState, number> = {
  open: OUTCOME.open,
  closed: OUTCOME.closed,
  filtered: OUTCOME.filtered,
};

interface HostCursor {
  readonly index: number;
  readonly name: string;
  readonly ports: Uint16Array;
  readonly firstState: number;
  readonly timeoutMs: number;
  active: number;
  bucket: TokenBucket | undefined;
}

const noop = () => undefined;

/**
 * One thread's part of a TCP connect scan: claims positions of `plan` until none is left, one
 * callback per socket and no promise per port. In-flight attempts live in reusable slots; one
 * repeating timer enforces the timeouts, so there is no timer per socket. Hosts are served
 * round-robin so that per-host limits never stall the others.
 */
export function scanShare(
  plan: ScanPlan,
  initial: ShareLimits,
  connector: Connector,
  onOpen: (host: number, position: number) => void = noop,
): Share {
  const { cursors, states } = plan;
  let limits = initial;
  const hostTimeout = (name: string) => limits.timeoutMs ?? (isLoopback(name) ? 1000 : 1500);
  const rotation: HostCursor[] = plan.hosts.map((name, index) => ({
    index,
    name,
    ports: portsOf(plan, index),
    firstState: plan.stateStart[index] as number,
    timeoutMs: hostTimeout(name),
    active: 0,
    bucket: limits.perHostRate ? new TokenBucket(limits.perHostRate) : undefined,
  }));
  let global = limits.rate ? new TokenBucket(limits.rate) : undefined;
  let window = Math.min(limits.concurrency, WINDOW_START);
  let active = 0;
  let next = 0;

  // Slot s is in use while slotHost[s] is set; slotGen[s] changes whenever it is released, so that
  // a late callback from an abandoned attempt can never settle the slot's next attempt.
  const slotHost: (HostCursor | undefined)[] = [];
  const slotPosition: number[] = [];
  const slotStarted: number[] = [];
  const slotCancel: (() => void)[] = [];
  const slotGen: number[] = [];
  const free: number[] = [];

  let settled = false;
  let stopped = false;
  let wake: NodeJS.Timeout | undefined;
  let resolveFinished: () => void = noop;
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  let lastUse = performance.eventLoopUtilization();
  const tick = setInterval(() => {
    const now = performance.now();
    for (let s = 0; s < slotHost.length; s++) {
      const h = slotHost[s];
      if (!h || now - (slotStarted[s] as number) < h.timeoutMs) continue;
      (slotCancel[s] as () => void)();
      release(s, OUTCOME.filtered);
    }
    const use = performance.eventLoopUtilization();
    const sinceLast = performance.eventLoopUtilization(use, lastUse);
    lastUse = use;
    if (active >= window && window < limits.concurrency && sinceLast.utilization < IDLE_UTILISATION)
      window = Math.min(limits.concurrency, window * 2);
    launch();
  }, TICK_MS);

  const settle = () => {
    if (settled) return;
    settled = true;
    clearInterval(tick);
    if (wake) clearTimeout(wake);
    connector.release?.();
    resolveFinished();
  };

  const dropHost = (at: number) => {
    rotation[at] = rotation[rotation.length - 1] as HostCursor;
    rotation.pop();
    if (next >= rotation.length) next = 0;
  };

  const release = (s: number, outcome: number) => {
    const h = slotHost[s] as HostCursor;
    const position = slotPosition[s] as number;
    slotHost[s] = undefined;
    slotCancel[s] = noop;
    slotGen[s] = (slotGen[s] as number) + 1;
    free.push(s);
    h.active--;
    active--;
    Atomics.store(states, h.firstState + position, outcome);
    if (outcome === OUTCOME.open) onOpen(h.index, position);
  };

  const start = (h: HostCursor, position: number, now: number) => {
    let s = free.pop();
    if (s === undefined) {
      s = slotHost.length;
      slotGen.push(0);
    }
    const slot = s;
    const gen = slotGen[slot] as number;
    slotHost[slot] = h;
    slotPosition[slot] = position;
    slotStarted[slot] = now;
    slotCancel[slot] = noop;
    const cancel = connector(h.name, h.ports[position] as number, (state) => {
      if (slotGen[slot] !== gen) return;
      release(slot, OUTCOME_OF[state]);
      launch();
    });
    if (slotGen[slot] === gen) slotCancel[slot] = cancel;
  };

  function launch(): void {
    if (settled || stopped) return;
    const now = performance.now();
    let idle = 0;
    let waitMs = 0;
    const limit = Math.min(window, limits.concurrency);
    while (active < limit && rotation.length > 0 && idle < rotation.length) {
      const at = next;
      const h = rotation[at] as HostCursor;
      next = at + 1 >= rotation.length ? 0 : at + 1;
      if (Atomics.load(cursors, h.index) >= h.ports.length) {
        if (h.active === 0) dropHost(at);
        else idle++;
        continue;
      }
      if (h.active >= limits.perHostConcurrency) {
        idle++;
        continue;
      }
      if (h.bucket && !h.bucket.take()) {
        waitMs = waitMs === 0 ? h.bucket.wait() : Math.min(waitMs, h.bucket.wait());
        idle++;
        continue;
      }
      if (global && !global.take()) {
        h.bucket?.refund();
        waitMs = global.wait();
        break;
      }
      const position = Atomics.add(cursors, h.index, 1);
      if (position >= h.ports.length) {
        // Another thread claimed the last one first.
        h.bucket?.refund();
        global?.refund();
        continue;
      }
      idle = 0;
      h.active++;
      active++;
      start(h, position, now);
    }
    // Hosts leave the rotation once exhausted and idle, so an empty rotation means done.
    if (active === 0 && rotation.length === 0) {
      settle();
      return;
    }
    if (waitMs > 0 && !wake) {
      wake = setTimeout(() => {
        wake = undefined;
        launch();
      }, waitMs);
    }
  }

  queueMicrotask(launch);
  return {
    finished,
    widen(more) {
      limits = more;
      window = Math.min(more.concurrency, Math.max(window, WINDOW_START));
      global = more.rate ? new TokenBucket(more.rate) : undefined;
      for (const h of rotation) h.bucket = more.perHostRate ? new TokenBucket(more.perHostRate) : undefined;
      launch();
    },
    stop() {
      stopped = true;
      for (let s = 0; s < slotHost.length; s++) {
        if (!slotHost[s]) continue;
        (slotCancel[s] as () => void)();
        slotHost[s] = undefined;
        slotGen[s] = (slotGen[s] as number) + 1;
      }
      settle();
    },
  };
}

/**
 * Makes again every attempt that was claimed but never finished (a worker thread that died mid-scan)
 * and records the outcomes in `plan`, as if they had been made there.
 */
export async function redoUnfinished(
  plan: ScanPlan,
  limits: ShareLimits,
  connector: Connector,
  onOpen: (host: number, position: number) => void = noop,
): Promise<void> {
  const lost = unfinished(plan);
  if (lost.jobs.length === 0) return;
  // The retry plan lays its outcomes out in the order `from` lists the attempts.
  const retry = buildPlan(lost.jobs, false);
  await scanShare(retry, limits, connector).finished;
  lost.from.forEach(({ host, position }, k) => {
    const outcome = retry.states[k] as number;
    Atomics.store(plan.states, (plan.stateStart[host] as number) + position, outcome);
    if (outcome === OUTCOME.open) onOpen(host, position);
  });
}
