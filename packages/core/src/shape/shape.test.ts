import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { describeIssues } from '../zod-issues.js';
import { checkShape, describeShapeIssues, parseOptions } from './check.js';
import { array, dictionary, partialRecord } from './collections.js';
import { object } from './object.js';
import { anything, custom, literal, string, wholeNumber } from './primitives.js';
import type { Shape } from './shape.js';
import { toZod } from './to-zod.js';
import { union } from './union.js';
import { optional, refine } from './wrappers.js';

// The corners of zod's semantics a shape copies, each checked against the
// zod schema built from the same shape: verdict, lines and parsed value.

/** The shape's and zod's verdicts on `value`, side by side. */
function both(shape: Shape, value: unknown) {
  const fast = checkShape(shape, value);
  const zod = toZod(shape, z).safeParse(value);
  return {
    fast: {
      lines: describeShapeIssues(fast.issues),
      value: fast.issues.length ? undefined : fast.value,
    },
    zod: { lines: zod.error ? describeIssues(zod.error.issues) : [], value: zod.data },
  };
}

const cases: [string, Shape, unknown, string[]][] = [
  [
    'a strict branch with only an unknown key reports the key, not the union',
    union([object({ a: string() }, 'strict'), string()]),
    { a: 'x', b: 1 },
    ['(root): Unrecognized key: "b"'],
  ],
  [
    'a union with no branch close reports the closest',
    union([object({ a: string(), b: string() }), object({ c: literal('x') })]),
    { a: 1, b: 2 },
    ['c: Invalid input: expected "x"'],
  ],
  [
    'a union message of its own wins',
    union([string(), wholeNumber({ min: 0, max: 1 })], () => 'must be text or a bit'),
    {},
    ['(root): must be text or a bit'],
  ],
  [
    'a refinement runs after a failed rule',
    refine(object({ a: string({ minLength: 2 }) }), (_, report) => report({ message: 'ran' })),
    { a: 'x' },
    ['a: Too small: expected string to have >=2 characters', '(root): ran'],
  ],
  [
    'a refinement does not run after a wrong type',
    refine(object({ a: string() }), (_, report) => report({ message: 'ran' })),
    { a: 1 },
    ['a: Invalid input: expected string, received number'],
  ],
  [
    'the length rule runs even on an array given for a string',
    string({ minLength: 1 }),
    [],
    [
      '(root): Invalid input: expected string, received array',
      '(root): Too small: expected array to have >=1 items',
    ],
  ],
  [
    'a required member that takes undefined is still required',
    object({ a: anything() }),
    {},
    ['a: Invalid input: expected nonoptional, received undefined'],
  ],
  [
    'a hole in an array is checked as undefined',
    array(string()),
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    ['a', , 'b'],
    ['1: Invalid input: expected string, received undefined'],
  ],
  [
    'a record names every key it does not know, once',
    partialRecord(['A', 'B'], string()),
    { A: 'x', C: 'y', D: 1 },
    ['(root): Unrecognized keys: "C", "D"'],
  ],
  [
    'a record is a plain object',
    dictionary(),
    new Date(0),
    ['(root): Invalid input: expected record, received Date'],
  ],
  [
    'a custom message may be worded for the value',
    custom(
      (value) => typeof value === 'function',
      (value) => `got ${typeof value}`,
    ),
    1,
    ['(root): got number'],
  ],
];

describe('a shape and the zod schema built from it', () => {
  it.each(cases)('%s', (_, shape, value, lines) => {
    const { fast, zod } = both(shape, value);
    expect(fast.lines).toEqual(lines);
    expect(zod.lines).toEqual(lines);
  });

  it('give back the same value: unknown keys dropped, kept or refused', () => {
    const fields = { a: string(), b: optional(string()) };
    const input = { a: 'x', c: 1, nested: { d: 2 } };
    for (const unknownKeys of ['strip', 'loose'] as const) {
      const { fast, zod } = both(object(fields, unknownKeys), input);
      expect(fast.value).toEqual(zod.value);
    }
    expect(both(object(fields), input).fast.value).toEqual({ a: 'x' });
    expect(both(object(fields, 'loose'), input).fast.value).toBe(input);
    expect(both(object(fields, 'strict'), input).fast.lines).toEqual([
      '(root): Unrecognized keys: "c", "nested"',
    ]);
  });

  it('never read or copy an own __proto__ key', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "A": "x"}');
    const record = partialRecord(['A'], string());
    const { fast, zod } = both(record, input);
    expect(fast).toEqual(zod);
    expect(Object.getPrototypeOf(fast.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseOptions', () => {
  it('throws invalid_config naming every field, never echoing a value', () => {
    const shape = object({
      apiKey: string({ minLength: 1 }),
      timeoutMs: wholeNumber({ min: 1, max: 9 }),
    });
    expect(() => parseOptions(shape, { apiKey: 7, timeoutMs: 'SECRET' }, 'Test options')).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message:
          'Invalid Test options: apiKey: Invalid input: expected string, received number; timeoutMs: must be a whole number from 1 to 9, got a string',
      }),
    );
  });
});
