/** When a {@link CircuitBreaker} stops trying a transport. */
export interface CircuitBreakerOptions {
  /** Consecutive retryable failures that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long an open circuit skips the transport before one trial send. Default 30 s. */
  cooldownMs?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/**
 * Remembers which transports keep failing, so a dead provider is not tried on
 * every send: after `failureThreshold` failures in a row it is skipped for
 * `cooldownMs`, then given one trial (half-open); a success closes it.
 */
export class CircuitBreaker<K = string> {
  readonly #failures = new Map<K, number>();
  readonly #openUntil = new Map<K, number>();
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.#threshold = options.failureThreshold ?? 3;
    this.#cooldownMs = options.cooldownMs ?? 30_000;
    this.#now = options.now ?? Date.now;
  }

  /** Whether `name` should be skipped now. */
  isOpen(name: K): boolean {
    return (this.#openUntil.get(name) ?? 0) > this.#now();
  }

  /** A send through `name` succeeded: its circuit closes. */
  recordSuccess(name: K): void {
    this.#failures.delete(name);
    this.#openUntil.delete(name);
  }

  /** A send through `name` failed in a way another provider may not. */
  recordFailure(name: K): void {
    const failures = (this.#failures.get(name) ?? 0) + 1;
    this.#failures.set(name, failures);
    if (failures >= this.#threshold) this.#openUntil.set(name, this.#now() + this.#cooldownMs);
  }
}
