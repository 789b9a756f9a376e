/** A token bucket: allows bursts of `capacity` and a sustained `refillPerSecond`. */
export class TokenBucket {
  private tokens: number;
  private lastRefill: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.lastRefill = now();
  }

  /** Takes `count` tokens if available. */
  take(count = 1): boolean {
    const now = this.now();
    const refilled = ((now - this.lastRefill) / 1000) * this.refillPerSecond;
    this.tokens = Math.min(this.capacity, this.tokens + refilled);
    this.lastRefill = now;
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }
}
