/**
 * Failed authentications, counted per key (`credential:<id>`, `address:<ip>`) in fixed
 * windows. A key over its limit is refused (429 with Retry-After) *before* the slow scrypt
 * check, so guessing the secret of one credential costs the gateway at most `limit` scrypt
 * runs per window whatever the guesser sends, and real clients keep their CPU.
 * Memory is bounded: at most `maxKeys` keys per limiter; when full, expired windows go first,
 * then the oldest.
 */
export interface AuthFailureLimits {
  /** Failed checks per credential id per window before it is refused. */
  perCredential: number;
  /** Failed checks per client address per window before it is refused. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_AUTH_FAILURE_LIMITS: AuthFailureLimits = {
  perCredential: 10,
  perAddress: 30,
  windowMs: 60_000,
};

interface Window {
  failures: number;
  endsAt: number;
}

/** What a counted failure did: the running count, and whether it just crossed the limit. */
export interface FailureCount {
  failures: number;
  crossed: boolean;
}

export class FailureWindows {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Seconds until `key` may try again, or undefined when it may try now. */
  retryAfter(key: string, now: number): number | undefined {
    const window = this.windows.get(key);
    if (window === undefined || window.endsAt <= now || window.failures < this.limit) {
      return undefined;
    }
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  /** Failures `key` may still have in its current window. */
  remaining(key: string, now: number): number {
    const window = this.windows.get(key);
    return window === undefined || window.endsAt <= now
      ? this.limit
      : Math.max(0, this.limit - window.failures);
  }

  fail(key: string, now: number): FailureCount {
    let window = this.windows.get(key);
    if (window === undefined || window.endsAt <= now) {
      this.makeRoom(now);
      window = { failures: 0, endsAt: now + this.windowMs };
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    window.failures++;
    return { failures: window.failures, crossed: window.failures === this.limit };
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) {
      return;
    }
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) {
        this.windows.delete(key);
      }
    }
    // Still full: drop the oldest windows (insertion order) — a flood of fresh keys must not
    // grow memory; it can only shorten how long an old key stays counted.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) {
        break;
      }
      this.windows.delete(key);
    }
  }
}

/** The two limiters of the gateway: per credential id and per client address. */
export class AuthFailureLimiter {
  readonly credentials: FailureWindows;
  readonly addresses: FailureWindows;

  constructor(
    readonly limits: AuthFailureLimits,
    /** Told once per window when a key crosses its limit, for the operator's log. */
    private readonly onRepeated: (key: string, failures: number) => void = () => undefined,
  ) {
    this.credentials = new FailureWindows(limits.perCredential, limits.windowMs);
    this.addresses = new FailureWindows(limits.perAddress, limits.windowMs);
  }

  failCredential(id: string, now: number): void {
    const count = this.credentials.fail(`credential:${id}`, now);
    if (count.crossed) {
      this.onRepeated(`credential:${id}`, count.failures);
    }
  }

  failAddress(address: string, now: number): void {
    const count = this.addresses.fail(`address:${address}`, now);
    if (count.crossed) {
      this.onRepeated(`address:${address}`, count.failures);
    }
  }
}
