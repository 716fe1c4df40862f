import { AuthmailError } from '../errors.js';

/**
 * The longest wait a Node timer honours (about 24.8 days): `setTimeout`
 * fires a longer delay at once, so a larger `timeoutMs` would fail every send.
 */
export const maxTimerMs = 2_147_483_647;

/** What a numeric option accepts: a whole number from `min` to `max`. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** Shown after the range, e.g. `ms`. */
  readonly unit?: string;
}

/** Milliseconds to wait for something: 1 ms up to {@link maxTimerMs}. */
export const durationRule: NumberRule = { min: 1, max: maxTimerMs, unit: 'ms' };
/** A wait that may be zero (backoff): 0 up to {@link maxTimerMs}. */
export const delayRule: NumberRule = { min: 0, max: maxTimerMs, unit: 'ms' };

/**
 * Why `value` breaks `rule`, or `undefined` when it is fine. `Number()` of a
 * missing environment variable is `NaN` and of `'1.5'` is `1.5`: both are
 * refused, as are `Infinity`, negatives and numbers past the range.
 */
export function numberProblem(value: unknown, rule: NumberRule): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= rule.min) {
    if (value <= rule.max) return undefined;
  }
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const got =
    typeof value === 'number' ? String(value) : `a ${value === null ? 'null' : typeof value}`;
  const hint = Number.isNaN(value) ? ' (Number() of a missing or non-numeric value is NaN)' : '';
  return `must be a whole number from ${rule.min} to ${rule.max}${unit}, got ${got}${hint}`;
}

/**
 * Checks one numeric option when a factory is called, so a bad value fails
 * at creation instead of on every send.
 *
 * @returns the value, unchanged.
 * @throws AuthmailError `invalid_config` whose message starts with the option's name.
 */
export function checkNumberOption(name: string, value: unknown, rule: NumberRule): number {
  const problem = numberProblem(value, rule);
  if (problem === undefined) return value as number;
  throw new AuthmailError('invalid_config', `${name} ${problem}`, {
    details: { option: name, min: rule.min, max: rule.max },
  });
}

/**
 * {@link checkNumberOption} for an option that may be left out: `undefined`
 * gives `fallback` (which is not checked).
 */
export function optionalNumberOption(
  name: string,
  value: unknown,
  rule: NumberRule,
  fallback: number,
): number {
  return value === undefined ? fallback : checkNumberOption(name, value, rule);
}
