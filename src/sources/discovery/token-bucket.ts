/** Connect attempts per second, with a small burst allowance: a tenth of a second's worth, at least one. */
export class TokenBucket {
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
  /** Gives back a token taken for an attempt that was not made after all. */
  refund(): void {
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }
  /** Milliseconds until one token is available. */
  wait(): number {
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.perSecond));
  }
}
