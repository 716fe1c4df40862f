import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazyZodSchema } from './lazy-schema.js';
import { object } from './object.js';
import { literal, string } from './primitives.js';
import type { Shape } from './shape.js';

/** `shape`, counting how often its zod schema is built. */
function counted<S extends Shape>(shape: S): { shape: S; builds: () => number } {
  let builds = 0;
  const watched = {
    ...shape,
    build(zod: Parameters<S['build']>[0]) {
      builds++;
      return shape.build(zod);
    },
  } as S;
  return { shape: watched, builds: () => builds };
}

const configShape = object({ apiKey: string({ minLength: 1, tooShort: 'must not be empty' }) });

describe('lazyZodSchema', () => {
  it('builds the zod schema on the first property read, once', () => {
    const { shape, builds } = counted(configShape);
    const schema = lazyZodSchema(shape);
    expect(builds()).toBe(0);
    expect(schema.safeParse({ apiKey: 'k' })).toEqual({ success: true, data: { apiKey: 'k' } });
    expect(schema.safeParse({ apiKey: '' }).error?.issues[0]).toMatchObject({
      path: ['apiKey'],
      message: 'must not be empty',
    });
    expect(schema.shape.apiKey.safeParse('k').success).toBe(true);
    expect(builds()).toBe(1);
  });

  it('works wherever a zod schema does: extend, nesting, discriminated unions, instanceof', () => {
    const schema = lazyZodSchema(configShape);
    const withProvider = schema.extend({ provider: z.literal('mailgun') });
    const other = z.object({ provider: z.literal('sendgrid') });
    const guard = z.discriminatedUnion('provider', [withProvider, other]);
    expect(guard.safeParse({ provider: 'mailgun', apiKey: 'k' }).success).toBe(true);
    expect(guard.safeParse({ provider: 'mailgun', apiKey: '' }).success).toBe(false);
    expect(z.object({ config: schema }).safeParse({ config: { apiKey: 1 } }).success).toBe(false);
    expect(schema).toBeInstanceOf(z.ZodObject);
    expect('safeParse' in schema).toBe(true);
    expect(Object.keys(schema)).toContain('def');
    expect(z.toJSONSchema(schema)).toMatchObject({ properties: { apiKey: { type: 'string' } } });
  });

  it('keeps a method the same value between reads', () => {
    const schema = lazyZodSchema(object({ kind: literal('a') }));
    expect(schema.safeParse).toBe(schema.safeParse);
  });
});
