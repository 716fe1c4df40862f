import type * as zod from 'zod';
import { withParts } from './parts.js';
import { type Shape, stopsChecks, type ZodOf } from './shape.js';
import { toZod } from './to-zod.js';

/** `inner`, or `undefined`; an object may leave the member out. */
export function optional<S extends Shape>(inner: S): Shape<zod.ZodOptional<ZodOf<S>>> {
  const shape: Shape<zod.ZodOptional<ZodOf<S>>> = {
    optional: true,
    check: (value, context) => (value === undefined ? value : inner.check(value, context)),
    build: (z) => z.optional(toZod(inner, z)) as zod.ZodOptional<ZodOf<S>>,
  };
  return withParts(shape, [inner]);
}

/** `inner`, `null` or `undefined`; an object may leave the member out. */
export function nullish<S extends Shape>(
  inner: S,
): Shape<zod.ZodOptional<zod.ZodNullable<ZodOf<S>>>> {
  const shape: Shape<zod.ZodOptional<zod.ZodNullable<ZodOf<S>>>> = {
    optional: true,
    check: (value, context) => (value == null ? value : inner.check(value, context)),
    build: (z) =>
      z.optional(z.nullable(toZod(inner, z))) as zod.ZodOptional<zod.ZodNullable<ZodOf<S>>>,
  };
  return withParts(shape, [inner]);
}

/** One problem a refinement reports, at a path below the value it checked. */
export interface RefinementIssue {
  path?: readonly PropertyKey[];
  message: string;
}

/**
 * Runs `refinement` on what `inner` gives back, once `inner` found no
 * wrong type (zod's `superRefine`): a rule across members, or one only a
 * factory can check (an endpoint, a template that must compile). Each
 * issue it reports fails the value.
 */
export function refine<S extends Shape>(
  inner: S,
  refinement: (value: zod.output<ZodOf<S>>, report: (issue: RefinementIssue) => void) => void,
): Shape<ZodOf<S>> {
  return {
    optional: inner.optional,
    check(value, context) {
      const from = context.issues.length;
      const checked = inner.check(value, context);
      if (stopsChecks(context, from)) return checked;
      refinement(checked as zod.output<ZodOf<S>>, ({ path = [], message }) => {
        context.issues.push({ path: [...context.path, ...path], message, continues: true });
      });
      return checked;
    },
    build: (z) =>
      toZod(inner, z).superRefine((checked, context) => {
        refinement(checked as zod.output<ZodOf<S>>, ({ path = [], message }) => {
          context.addIssue({ code: 'custom', path: [...path], message });
        });
      }) as ZodOf<S>,
  };
}
