import type * as zod from 'zod';
import { unrecognizedKeys, wrongType } from './messages.js';
import { addIssue, type CheckContext, checkMember, type Shape, type ZodOf } from './shape.js';
import { toZod } from './to-zod.js';

/** An object's members, each a shape. */
export type Fields = Readonly<Record<string, Shape>>;

/**
 * What an object does with keys it does not list: keep them (`loose`, for
 * open payloads such as Logto's), drop them (`strip`, for stored configs)
 * or refuse them (`strict`).
 */
export type UnknownKeys = 'loose' | 'strip' | 'strict';

type ZodConfig<M extends UnknownKeys> = M extends 'loose'
  ? zod.core.$loose
  : M extends 'strict'
    ? zod.core.$strict
    : zod.core.$strip;

/** The zod object schema of `F` and `M`. */
export type ZodObjectOf<F extends Fields, M extends UnknownKeys> = zod.ZodObject<
  { -readonly [K in keyof F]: ZodOf<F[K]> },
  ZodConfig<M>
>;

/** An object shape, whose members {@link extend} can add to. */
export interface ObjectShape<F extends Fields, M extends UnknownKeys>
  extends Shape<ZodObjectOf<F, M>> {
  readonly fields: F;
  readonly unknownKeys: M;
}

/**
 * An object (not `null`, not an array) with the members `fields`, as zod's
 * `object`, `looseObject` and `strictObject`. Every member is checked, so
 * every problem is reported at once.
 */
export function object<const F extends Fields, M extends UnknownKeys = 'strip'>(
  fields: F,
  unknownKeys: M = 'strip' as M,
): ObjectShape<F, M> {
  const keys = Object.keys(fields);
  return {
    fields,
    unknownKeys,
    optional: false,
    check(value, context) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        addIssue(context, wrongType('object', value), false);
        return value;
      }
      const record = value as Record<string, unknown>;
      const checked = checkFields(fields, keys, record, context);
      if (unknownKeys === 'loose') return withUnknownKeys(checked, record, fields);
      if (unknownKeys === 'strict') refuseUnknownKeys(record, fields, context);
      return checked;
    },
    build(z) {
      const shape = Object.fromEntries(keys.map((key) => [key, toZod(fields[key] as Shape, z)]));
      const build = { loose: z.looseObject, strip: z.object, strict: z.strictObject }[unknownKeys];
      return build(shape) as unknown as ZodObjectOf<F, M>;
    },
  };
}

/** `base` with more members (a member of the same name is replaced), keeping its unknown-key rule. */
export function extend<F extends Fields, M extends UnknownKeys, const G extends Fields>(
  base: ObjectShape<F, M>,
  fields: G,
): ObjectShape<Omit<F, keyof G> & G, M> {
  return object({ ...base.fields, ...fields } as Omit<F, keyof G> & G, base.unknownKeys);
}

/** The listed members, as zod parses them: a member left out stays out. */
function checkFields(
  fields: Fields,
  keys: readonly string[],
  record: Record<string, unknown>,
  context: CheckContext,
): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__') continue;
    const field = fields[key] as Shape;
    const present = key in record;
    if (!present && field.optional) continue;
    const from = context.issues.length;
    const result = checkMember(field, key, record[key], context);
    if (!present && context.issues.length === from) {
      addIssue(context, wrongType('nonoptional', undefined), false, [key]);
    }
    if (present || result !== undefined) checked[key] = result;
  }
  return checked;
}

/** zod's `looseObject` keeps the keys it does not list; the value itself when nothing changed. */
function withUnknownKeys(
  checked: Record<string, unknown>,
  record: Record<string, unknown>,
  fields: Fields,
): Record<string, unknown> {
  const changed = Object.keys(checked).some((key) => checked[key] !== record[key]);
  if (!changed) return record;
  const copy: Record<string, unknown> = { ...checked };
  for (const key in record) {
    if (!Object.hasOwn(fields, key) && key !== '__proto__') copy[key] = record[key];
  }
  return copy;
}

/** zod's `strictObject`: one issue naming every key it does not list (inherited enumerable ones too). */
function refuseUnknownKeys(record: object, fields: Fields, context: CheckContext): void {
  const unknown: string[] = [];
  for (const key in record) {
    if (!Object.hasOwn(fields, key)) unknown.push(key);
  }
  if (unknown.length > 0) addIssue(context, unrecognizedKeys(unknown), true);
}
