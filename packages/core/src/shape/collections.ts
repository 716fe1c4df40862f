import type * as zod from 'zod';
import { unrecognizedKeys, wrongType } from './messages.js';
import { anything } from './primitives.js';
import { addIssue, type CheckContext, checkMember, type Shape, type ZodOf } from './shape.js';
import { toZod } from './to-zod.js';

/** An array whose every element is an `element`. */
export function array<S extends Shape>(element: S): Shape<zod.ZodArray<ZodOf<S>>> {
  return {
    optional: false,
    check(value, context) {
      if (!Array.isArray(value)) {
        addIssue(context, wrongType('array', value), false);
        return value;
      }
      // Holes too: a sparse array's missing element is checked as `undefined`, as zod does.
      return Array.from(value, (item, index) => checkMember(element, index, item, context));
    },
    build: (z) => z.array(toZod(element, z)) as zod.ZodArray<ZodOf<S>>,
  };
}

/**
 * A plain object whose keys are each one of `keys` (any subset of them) and
 * whose values are each a `value`, as zod's `partialRecord(z.enum(keys), value)`.
 */
export function partialRecord<const K extends readonly [string, ...string[]], S extends Shape>(
  keys: K,
  value: S,
): Shape<zod.ZodRecord<zod.ZodEnum<{ [P in K[number]]: P }> & zod.core.$partial, ZodOf<S>>> {
  const known: ReadonlySet<PropertyKey> = new Set(keys);
  return {
    optional: false,
    check: (given, context) =>
      checkRecord(given, context, value, (key) => (known.has(key) ? 'known' : 'unknown')),
    build: (z) =>
      z.partialRecord(z.enum(keys), toZod(value, z)) as unknown as zod.ZodRecord<
        zod.ZodEnum<{ [P in K[number]]: P }> & zod.core.$partial,
        ZodOf<S>
      >,
  };
}

/** A plain object with string keys and values of any kind, as zod's `record(z.string(), z.unknown())`. */
export function dictionary(): Shape<zod.ZodRecord<zod.ZodString, zod.ZodUnknown>> {
  const values = anything();
  return {
    optional: false,
    check: (given, context) =>
      checkRecord(given, context, values, (key) => (typeof key === 'string' ? 'known' : 'invalid')),
    build: (z) => z.record(z.string(), z.unknown()),
  };
}

/** What a record makes of a key: one it takes, one it does not know, one that cannot be a key. */
type KeyVerdict = 'known' | 'unknown' | 'invalid';

/**
 * A record as zod checks one: a plain object, each own enumerable key
 * judged by `keyVerdict` and each known key's value checked by `value`; the
 * unknown keys named in one issue, after the values.
 */
function checkRecord(
  given: unknown,
  context: CheckContext,
  value: Shape,
  keyVerdict: (key: PropertyKey) => KeyVerdict,
): unknown {
  if (!isPlainObject(given)) {
    addIssue(context, wrongType('record', given), false);
    return given;
  }
  const checked: Record<PropertyKey, unknown> = {};
  const unknown: PropertyKey[] = [];
  for (const key of ownEnumerableKeys(given)) {
    const verdict = keyVerdict(key);
    if (verdict === 'known') checked[key] = checkMember(value, key, given[key], context);
    else if (verdict === 'unknown') unknown.push(key);
    else addIssue(context, 'Invalid key in record', false, [key]);
  }
  if (unknown.length > 0) addIssue(context, unrecognizedKeys(unknown), true);
  return checked;
}

/** Own enumerable keys, symbols too, but never `__proto__` (as zod's records read them). */
function ownEnumerableKeys(record: object): PropertyKey[] {
  return Reflect.ownKeys(record).filter(
    (key) => key !== '__proto__' && Object.prototype.propertyIsEnumerable.call(record, key),
  );
}

/** zod's plain-object test: an object literal, `Object.create(null)`, not an array or a class instance. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const maker: unknown = (value as { constructor?: unknown }).constructor;
  if (maker === undefined || typeof maker !== 'function') return true;
  const prototype: unknown = maker.prototype;
  if (typeof prototype !== 'object' || prototype === null || Array.isArray(prototype)) return false;
  return Object.hasOwn(prototype, 'isPrototypeOf');
}
