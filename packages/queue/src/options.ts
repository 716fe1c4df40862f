import { AuthmailError } from '@authmail/core';

/** An `invalid_config` error whose message starts with the option's name. */
export function invalidOption(field: string, problem: string): AuthmailError {
  return new AuthmailError('invalid_config', `${field} ${problem}`, { details: { option: field } });
}

/**
 * `value` as an object, or `invalid_config` naming `field`.
 *
 * @throws AuthmailError `invalid_config` when `value` is not a plain object.
 */
export function objectOption(field: string, value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  throw invalidOption(field, `must be an object, got ${describe(value)}`);
}

/** The range a whole-number option accepts. */
export interface WholeNumberRange {
  readonly min: number;
  readonly max: number;
  /** Shown after the range, e.g. `ms`. */
  readonly unit?: string;
}

/** The longest wait a Node timer honours, about 24.8 days. */
export const longestTimerMs = 2_147_483_647;

/** A duration in ms: 1 up to {@link longestTimerMs}. */
export const durationRange: WholeNumberRange = { min: 1, max: longestTimerMs, unit: 'ms' };

/**
 * `value` when it is a whole number in `range`; `fallback` when it is
 * `undefined` and there is one.
 *
 * @throws AuthmailError `invalid_config` naming `field` otherwise.
 */
export function wholeNumberOption(
  field: string,
  value: unknown,
  range: WholeNumberRange,
  fallback?: number,
): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const inRange =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= range.min &&
    value <= range.max;
  if (inRange) return value;
  const unit = range.unit === undefined ? '' : ` ${range.unit}`;
  throw invalidOption(
    field,
    `must be a whole number from ${range.min} to ${range.max}${unit}, got ${describe(value)}`,
  );
}

/**
 * The queue's name: `authmail` when left out; otherwise a non-empty string of
 * at most 100 characters without `:` (BullMQ joins its keys with `:`).
 *
 * @throws AuthmailError `invalid_config` naming `queueName`.
 */
export function queueNameOption(value: unknown): string {
  if (value === undefined) return defaultQueueName;
  if (typeof value === 'string' && /^[^:\s]{1,100}$/.test(value)) return value;
  throw invalidOption(
    'queueName',
    `must be 1 to 100 characters without ':' or spaces, got ${describe(value)}`,
  );
}

/** The queue both sides use when `queueName` is left out. */
export const defaultQueueName = 'authmail';

/** A short, secret-free description of a value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
