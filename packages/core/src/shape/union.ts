import type * as zod from 'zod';
import { withParts } from './parts.js';
import type { CheckContext, Shape, ShapeIssue, ZodOf } from './shape.js';
import { toZod } from './to-zod.js';

type ZodOptions<T extends readonly Shape[]> = { -readonly [K in keyof T]: ZodOf<T[K]> };

/** One branch's try: what it gave back and what it found. */
interface BranchResult {
  readonly value: unknown;
  readonly issues: readonly ShapeIssue[];
}

/**
 * A value any of `options` accepts, tried in order; the first that accepts
 * it wins, as zod's `union`. When none does: the issues of the one branch
 * that found no wrong type, if there is exactly one; else one issue whose
 * message is `message(value)` or, when that gives `undefined`, zod's
 * `Invalid input` with every branch's issues (reports name the closest).
 */
export function union<const T extends readonly [Shape, Shape, ...Shape[]]>(
  options: T,
  message?: (value: unknown) => string | undefined,
): Shape<zod.ZodUnion<ZodOptions<T>>> {
  const shape: Shape<zod.ZodUnion<ZodOptions<T>>> = {
    optional: options.some((option) => option.optional),
    check(value, context) {
      const results: BranchResult[] = [];
      for (const option of options) {
        const result = tryBranch(option, value);
        if (result.issues.length === 0) return result.value;
        results.push(result);
      }
      const open = results.filter(({ issues }) => issues.every((issue) => issue.continues));
      if (open.length === 1) {
        const [only] = open as [BranchResult];
        for (const issue of only.issues) hoist(issue, context);
        return only.value;
      }
      context.issues.push({
        path: [...context.path],
        message: message?.(value) ?? 'Invalid input',
        continues: false,
        branches: results.map(({ issues }) => issues),
      });
      return value;
    },
    build(z) {
      const schemas = options.map((option) => toZod(option, z)) as unknown as ZodOptions<T>;
      const params = message && { error: (issue: { input?: unknown }) => message(issue.input) };
      return z.union(schemas, params) as unknown as zod.ZodUnion<ZodOptions<T>>;
    },
  };
  return withParts(shape, options);
}

/** Checks `value` against one branch on its own, its issues' paths from the union. */
function tryBranch(option: Shape, value: unknown): BranchResult {
  const context: CheckContext = { path: [], issues: [] };
  return { value: option.check(value, context), issues: context.issues };
}

/** A branch's issue, moved under the union's path. */
function hoist(issue: ShapeIssue, context: CheckContext): void {
  context.issues.push({ ...issue, path: [...context.path, ...issue.path] });
}
