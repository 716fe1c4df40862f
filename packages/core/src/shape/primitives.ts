import type * as zod from 'zod';
import { type NumberRule, numberProblem } from '../provider/number-option.js';
import { notOneOf, patternMismatch, tooShort, wrongType } from './messages.js';
import { addIssue, type Shape } from './shape.js';

/** Rules a string may carry beyond its type, each with the message it fails with. */
export interface StringRules {
  /** Fewest UTF-16 code units. */
  minLength?: number;
  /** Said when shorter than `minLength`; zod's wording by default. */
  tooShort?: string;
  /** A pattern the whole string must match. */
  pattern?: RegExp;
  /** Said when `pattern` does not match; zod's wording by default. */
  mismatch?: string;
}

/** A string, with an optional minimum length and pattern. */
export function string(rules: StringRules = {}): Shape<zod.ZodString> {
  const { minLength, pattern } = rules;
  return {
    optional: false,
    check(value, context) {
      const isString = typeof value === 'string';
      if (!isString) addIssue(context, wrongType('string', value), false);
      // As zod, the length rule runs on whatever has a length, even after a wrong type.
      if (minLength !== undefined && isTooShort(value, minLength)) {
        addIssue(context, rules.tooShort ?? tooShort(minLength, value), true);
      }
      if (isString && pattern !== undefined && !matches(pattern, value)) {
        addIssue(context, rules.mismatch ?? patternMismatch(pattern), true);
      }
      return value;
    },
    build(z) {
      let schema = z.string();
      if (minLength !== undefined) schema = schema.min(minLength, rules.tooShort);
      if (pattern !== undefined) schema = schema.regex(pattern, rules.mismatch);
      return schema;
    },
  };
}

/** A date and time of day in RFC 3339 form, with seconds and `Z` or an offset, as zod's `iso.datetime({ offset: true })`. */
const isoDateTimePattern = new RegExp(
  `^${[
    '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29',
    '|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))',
    'T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?',
    '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)',
  ].join('')}$`,
);

/**
 * An ISO 8601 date-time with `Z` or an offset (`2026-11-22T14:05:00Z`);
 * anything else, a non-string too, fails with `message`.
 */
export function isoDateTime(message: string): Shape<zod.ZodISODateTime> {
  return {
    optional: false,
    check(value, context) {
      if (typeof value !== 'string') addIssue(context, message, false);
      else if (!isoDateTimePattern.test(value)) addIssue(context, message, true);
      return value;
    },
    build: (z) => z.iso.datetime({ offset: true, error: message }),
  };
}

/** `true` or `false`. */
export function boolean(): Shape<zod.ZodBoolean> {
  return {
    optional: false,
    check(value, context) {
      if (typeof value !== 'boolean') addIssue(context, wrongType('boolean', value), false);
      return value;
    },
    build: (z) => z.boolean(),
  };
}

/** A whole number within `rule`, with the message `checkNumberOption` gives. */
export function wholeNumber(rule: NumberRule): Shape<zod.ZodNumber> {
  return {
    optional: false,
    check(value, context) {
      const problem = numberProblem(value, rule);
      if (problem !== undefined) addIssue(context, problem, isFiniteNumber(value));
      return value;
    },
    build: (z) =>
      z
        .number({ error: (issue) => numberProblem(issue.input, rule) })
        .superRefine((value, context) => {
          const problem = numberProblem(value, rule);
          if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
        }),
  };
}

/** Exactly `value`. */
export function literal<const V extends string | number | boolean>(
  value: V,
): Shape<zod.ZodLiteral<V>> {
  return {
    optional: false,
    check(given, context) {
      if (given !== value) addIssue(context, notOneOf([value]), false);
      return given;
    },
    build: (z) => z.literal(value),
  };
}

/** One of `values`. */
export function oneOf<const V extends readonly [string, ...string[]]>(
  values: V,
): Shape<zod.ZodEnum<{ [K in V[number]]: K }>> {
  const known: ReadonlySet<unknown> = new Set(values);
  return {
    optional: false,
    check(value, context) {
      if (!known.has(value)) addIssue(context, notOneOf(values), false);
      return value;
    },
    build: (z) => z.enum(values) as unknown as zod.ZodEnum<{ [K in V[number]]: K }>,
  };
}

/** Anything at all. */
export function anything(): Shape<zod.ZodUnknown> {
  return { optional: false, check: (value) => value, build: (z) => z.unknown() };
}

/**
 * A value `accepts` says yes to, typed `T`; else `message`, which may be
 * worded for the value given (never echo the value: it may be a secret).
 */
export function custom<T>(
  accepts: (value: unknown) => boolean,
  message: string | ((value: unknown) => string),
): Shape<zod.ZodCustom<T, T>> {
  const messageFor = typeof message === 'string' ? () => message : message;
  return {
    optional: false,
    check(value, context) {
      if (!accepts(value)) addIssue(context, messageFor(value), false);
      return value;
    },
    build: (z) => z.custom<T>(accepts, { error: (issue) => messageFor(issue.input) }),
  };
}

/** Whether `value` has a length under `minLength`: code points for a string, as zod counts. */
function isTooShort(value: unknown, minLength: number): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return codePoints(value) < minLength;
  const { length } = value as { length?: unknown };
  return length !== undefined && !((length as number) >= minLength);
}

/** A string's code points, a surrogate pair counting once. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** `pattern.test`, immune to a global or sticky pattern's `lastIndex`. */
function matches(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(value);
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
