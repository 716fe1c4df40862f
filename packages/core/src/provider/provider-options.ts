import { wholeNumber } from '../shape/primitives.js';
import { optional } from '../shape/wrappers.js';
import { durationRule, type NumberRule } from './number-option.js';

/** Default bound on a provider transport's requests in flight. */
export const defaultMaxInFlight = 64;

/** `maxInFlight`: 1 to 10,000 requests. */
export const maxInFlightRule: NumberRule = { min: 1, max: 10_000 };

/** `timeoutMs`: 1 ms up to the longest timer Node honours. */
export const timeoutMsRule: NumberRule = durationRule;

/**
 * The option fields every provider transport shares, as shapes checked by
 * the same rules `createProviderTransport` applies, so a provider's options
 * (and a config schema built from them) refuse at parse time what the
 * factory would refuse:
 *
 * - `timeoutMs`: how long one send waits, from the call (a wait for a free
 *   slot included); a whole number from 1 to 2,147,483,647.
 * - `maxInFlight`: requests in flight at once (default 64); more sends
 *   wait in a queue. A whole number from 1 to 10,000.
 *
 * @example
 * ```ts
 * const optionsShape = object({ apiKey: string({ minLength: 1 }), ...providerOptionFields });
 * ```
 */
export const providerOptionFields = {
  /** How long one send may take, in ms, queue wait included. Default 10,000. */
  timeoutMs: optional(wholeNumber(timeoutMsRule)),
  /** Requests in flight at once; more sends wait in a queue. Default 64. */
  maxInFlight: optional(wholeNumber(maxInFlightRule)),
};
