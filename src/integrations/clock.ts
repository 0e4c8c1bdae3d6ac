/**
 * Time as the notifier sees it. Injectable so tests can simulate "the receiver is down for a
 * minute" without waiting a minute: a manual clock's sleep advances time instead of waiting.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that only moves when told to (or when something sleeps on it). */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: number | Date = Date.now()) {
    this.t = typeof start === 'number' ? start : start.getTime();
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += Math.max(0, ms);
  }
  async sleep(ms: number): Promise<void> {
    this.advance(ms);
    // Let I/O callbacks run, as a real sleep would.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
