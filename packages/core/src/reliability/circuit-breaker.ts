import { durationRule, optionalNumberOption } from '../provider/number-option.js';

/** When a {@link CircuitBreaker} stops trying a transport. */
export interface CircuitBreakerOptions {
  /** Failures that open the circuit, counted as described on {@link CircuitBreaker}. Default 3. */
  failureThreshold?: number;
  /** How long an open circuit skips the transport before one trial send. Default 30 s. */
  cooldownMs?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/** Where a transport's circuit stands: see {@link CircuitBreaker}. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Permission to send through one transport, from {@link CircuitBreaker.acquire};
 * hand it back with exactly one of `succeeded`, `failed` or `released`.
 */
export interface CircuitPermit<K> {
  readonly key: K;
  /** Whether this send is the single trial of a half-open circuit. */
  readonly trial: boolean;
  /** Successes seen when the send started; a failure counts only if none came since. */
  readonly successesAtStart: number;
}

interface Circuit<K> {
  /** Counted failures since the last success. */
  failures: number;
  /** Successes so far; a send compares it before and after. */
  successes: number;
  /** 0 while closed; else when the cooldown ends. */
  openUntil: number;
  /** The trial in flight while half-open. */
  trial: CircuitPermit<K> | undefined;
}

/** `failureThreshold`: 1 to 1,000 failures. */
const thresholdRule = { min: 1, max: 1000 };

/**
 * Remembers which transports have stopped delivering, so a dead provider is
 * not tried (and waited on) by every send:
 *
 * - **closed**: every send may go through. A failure counts towards
 *   `failureThreshold` only when no send through the same transport
 *   succeeded while it was in flight. With sends running concurrently,
 *   failures finish in bursts (a timeout ends long after the successes
 *   started beside it); counting them "in a row" in the order they finish
 *   would let a provider that fails 20% of independent sends trip the
 *   breaker. A provider that has died delivers nothing, so every failure
 *   counts and it opens after `failureThreshold` of them. A success resets
 *   the count.
 * - **open**: for `cooldownMs` after it opened, sends skip the transport.
 * - **half-open**: after the cooldown exactly one send (the trial) goes
 *   through; every other send keeps skipping the transport until the trial
 *   ends. A success closes the circuit; a failure opens it for another
 *   cooldown; a trial that ends without a verdict (aborted, or refused for
 *   a reason that says nothing about the provider's health) lets the next
 *   send be the trial.
 *
 * @throws AuthmailError `invalid_config` naming `failureThreshold` or
 * `cooldownMs` when one is not a whole number in its range.
 */
export class CircuitBreaker<K = string> {
  readonly #circuits = new Map<K, Circuit<K>>();
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.#threshold = optionalNumberOption(
      'failureThreshold',
      options.failureThreshold,
      thresholdRule,
      3,
    );
    this.#cooldownMs = optionalNumberOption('cooldownMs', options.cooldownMs, durationRule, 30_000);
    this.#now = options.now ?? Date.now;
  }

  /** Where `key`'s circuit stands now. */
  state(key: K): CircuitState {
    const circuit = this.#circuits.get(key);
    if (circuit === undefined || circuit.openUntil === 0) return 'closed';
    return this.#now() < circuit.openUntil ? 'open' : 'half-open';
  }

  /** Whether a send through `key` would be refused now (open, or half-open with its trial in flight). */
  isOpen(key: K): boolean {
    const state = this.state(key);
    return state === 'open' || (state === 'half-open' && this.#circuit(key).trial !== undefined);
  }

  /**
   * Asks to send through `key`: a permit while closed, the trial's permit
   * when half-open and no trial is in flight, `undefined` otherwise.
   */
  acquire(key: K): CircuitPermit<K> | undefined {
    const state = this.state(key);
    const circuit = this.#circuit(key);
    if (state === 'closed') return this.#permit(key, circuit, false);
    if (state === 'open' || circuit.trial !== undefined) return undefined;
    circuit.trial = this.#permit(key, circuit, true);
    return circuit.trial;
  }

  /**
   * A permit for a send that goes through `key` whatever its state (when
   * every transport is refused, all are tried anyway). Its failure never
   * extends an open circuit; its success closes it.
   */
  bypass(key: K): CircuitPermit<K> {
    return this.#permit(key, this.#circuit(key), false);
  }

  /** The send succeeded: the circuit closes. */
  succeeded(permit: CircuitPermit<K>): void {
    const circuit = this.#circuit(permit.key);
    circuit.successes += 1;
    circuit.failures = 0;
    circuit.openUntil = 0;
    circuit.trial = undefined;
  }

  /** The send failed in a way another provider may not. */
  failed(permit: CircuitPermit<K>): void {
    const circuit = this.#circuit(permit.key);
    if (circuit.trial === permit) {
      circuit.trial = undefined;
      this.#open(circuit);
      return;
    }
    if (circuit.openUntil !== 0 || circuit.successes !== permit.successesAtStart) return;
    circuit.failures += 1;
    if (circuit.failures >= this.#threshold) this.#open(circuit);
  }

  /** The send ended without saying anything about the provider's health. */
  released(permit: CircuitPermit<K>): void {
    const circuit = this.#circuit(permit.key);
    if (circuit.trial === permit) circuit.trial = undefined;
  }

  #open(circuit: Circuit<K>): void {
    circuit.failures = 0;
    circuit.openUntil = this.#now() + this.#cooldownMs;
  }

  #permit(key: K, circuit: Circuit<K>, trial: boolean): CircuitPermit<K> {
    return { key, trial, successesAtStart: circuit.successes };
  }

  #circuit(key: K): Circuit<K> {
    let circuit = this.#circuits.get(key);
    if (circuit === undefined) {
      circuit = { failures: 0, successes: 0, openUntil: 0, trial: undefined };
      this.#circuits.set(key, circuit);
    }
    return circuit;
  }
}
