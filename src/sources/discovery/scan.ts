import { isIP } from 'node:net';
import { type Connector, defaultConnector, type PortState } from './connector.js';

export interface ScanJob {
  readonly host: string;
  readonly ports: readonly number[];
}

export interface PortScanOptions {
  /** Sockets in flight at once, all hosts together (default 2000). */
  readonly concurrency?: number;
  /** Sockets in flight at once per host (default: no limit beyond `concurrency`). */
  readonly perHostConcurrency?: number;
  /** Connect attempts per second, all hosts together (default: unlimited). */
  readonly rate?: number;
  /** Connect attempts per second per host (default: unlimited). */
  readonly perHostRate?: number;
  /** Connect timeout; a port that neither accepts nor refuses by then is "filtered". */
  readonly timeoutMs?: number;
  readonly connector?: Connector;
  readonly signal?: AbortSignal;
}

export interface OpenPort {
  readonly host: string;
  readonly port: number;
}

export interface PortScanResult {
  readonly open: OpenPort[];
  readonly closed: number;
  readonly filtered: number;
  readonly elapsedMs: number;
}

/** Loopback answers (RST or SYN-ACK) in microseconds; a short timeout is plenty there. */
export function isLoopback(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

class TokenBucket {
  /** Small burst allowance: a tenth of a second's worth, at least one. */
  private readonly capacity: number;
  private tokens = 1;
  private last = performance.now();
  constructor(private readonly perSecond: number) {
    this.capacity = Math.max(1, Math.min(perSecond / 10, 50));
  }
  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
  /** Milliseconds until one token is available. */
  wait(): number {
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.perSecond));
  }
}

interface HostState {
  readonly host: string;
  readonly ports: readonly number[];
  next: number;
  active: number;
  readonly bucket: TokenBucket | undefined;
}

interface Pending {
  readonly deadline: number;
  readonly cancel: () => void;
  readonly finish: (state: PortState) => void;
}

/**
 * TCP connect scan. One callback per socket (no promise per port); timeouts are enforced by one
 * sweeping timer over an insertion-ordered set (deadlines are monotonic), not a timer per socket.
 * Hosts are served round-robin so per-host limits never stall other hosts.
 */
export function portScan(jobs: readonly ScanJob[], opts: PortScanOptions = {}): Promise<PortScanResult> {
  const started = performance.now();
  const connector = opts.connector ?? defaultConnector();
  const concurrency = Math.max(1, opts.concurrency ?? 2000);
  const perHost = Math.max(1, opts.perHostConcurrency ?? concurrency);
  const global = opts.rate !== undefined && opts.rate > 0 ? new TokenBucket(opts.rate) : undefined;
  const hosts: HostState[] = jobs
    .filter((j) => j.ports.length > 0)
    .map((j) => ({
      host: j.host,
      ports: j.ports,
      next: 0,
      active: 0,
      bucket:
        opts.perHostRate !== undefined && opts.perHostRate > 0
          ? new TokenBucket(opts.perHostRate)
          : undefined,
    }));
  const open: OpenPort[] = [];
  let closed = 0;
  let filtered = 0;
  let active = 0;
  let cursor = 0;
  let remainingHosts = hosts.length;
  const pending = new Set<Pending>();

  return new Promise((resolve) => {
    let sweepTimer: NodeJS.Timeout | undefined;
    let wakeTimer: NodeJS.Timeout | undefined;
    let finished = false;

    const complete = () => {
      if (finished) return;
      finished = true;
      if (sweepTimer) clearInterval(sweepTimer);
      if (wakeTimer) clearTimeout(wakeTimer);
      for (const p of pending) p.cancel();
      pending.clear();
      open.sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
      resolve({ open, closed, filtered, elapsedMs: performance.now() - started });
    };

    const launch = (): void => {
      if (finished) return;
      if (opts.signal?.aborted) {
        complete();
        return;
      }
      let idleRounds = 0;
      let waitMs = 0;
      while (active < concurrency && remainingHosts > 0 && idleRounds < hosts.length) {
        const h = hosts[cursor % hosts.length] as HostState;
        cursor++;
        if (h.next >= h.ports.length || h.active >= perHost) {
          idleRounds++;
          continue;
        }
        if (h.bucket && !h.bucket.take()) {
          waitMs = waitMs === 0 ? h.bucket.wait() : Math.min(waitMs, h.bucket.wait());
          idleRounds++;
          continue;
        }
        if (global && !global.take()) {
          waitMs = global.wait();
          break;
        }
        idleRounds = 0;
        const port = h.ports[h.next] as number;
        h.next++;
        if (h.next >= h.ports.length) remainingHosts--;
        h.active++;
        active++;
        start(h, port);
      }
      if (remainingHosts === 0 && active === 0) {
        complete();
        return;
      }
      if (waitMs > 0 && !wakeTimer) {
        wakeTimer = setTimeout(() => {
          wakeTimer = undefined;
          launch();
        }, waitMs);
      }
    };

    const start = (h: HostState, port: number) => {
      const timeoutMs = opts.timeoutMs ?? (isLoopback(h.host) ? 1000 : 1500);
      let entry: Pending | undefined;
      const finish = (state: PortState) => {
        if (entry) pending.delete(entry);
        if (state === 'open') open.push({ host: h.host, port });
        else if (state === 'closed') closed++;
        else filtered++;
        h.active--;
        active--;
        // Refill from the callback; recursion depth stays bounded because connectors complete async.
        launch();
      };
      const cancel = connector(h.host, port, finish);
      entry = { deadline: performance.now() + timeoutMs, cancel, finish };
      pending.add(entry);
    };

    sweepTimer = setInterval(() => {
      const now = performance.now();
      for (const p of pending) {
        if (p.deadline > now) continue;
        pending.delete(p);
        p.cancel();
        p.finish('filtered');
      }
    }, 25);
    launch();
  });
}
