import type * as zod from 'zod';

/** The zod module, as `import * as z from 'zod'` gives it. */
export type ZodModule = typeof zod;

/**
 * One problem a shape found: where (`path`, from the value checked) and
 * what, in zod's wording where zod has one.
 */
export interface ShapeIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /**
   * Whether checks further up still run after it, as after zod's issues
   * with `continue: true` (a failed length or pattern, an unknown key, a
   * refinement's own issue). A wrong type stops them.
   */
  readonly continues: boolean;
  /** A union no branch of which passed: each branch's issues, from the union's path. */
  readonly branches?: readonly (readonly ShapeIssue[])[];
}

/** Where a check is: the path of the value under check, and the issues found so far. */
export interface CheckContext {
  /** A stack: a container pushes a key before checking a member and pops it after. */
  readonly path: PropertyKey[];
  readonly issues: ShapeIssue[];
}

/**
 * A description of the values an option, a config or a usage type's
 * variables accept. It checks a value itself, with no dependency, and it
 * builds the equivalent zod schema on demand ({@link toZod}), so the two
 * can never disagree. `Z` is the type of that zod schema, which the value
 * types (`ShapeInput`, `ShapeOutput`) are read from.
 */
export interface Shape<out Z extends zod.ZodType = zod.ZodType> {
  /** Never set: carries the zod schema's type. */
  readonly '~zod'?: Z;
  /** Whether an object may leave out a member of this shape. */
  readonly optional: boolean;
  /**
   * Checks `value` at `context.path`, adding what is wrong to
   * `context.issues`. Returns the value as zod would parse it (objects that
   * strip unknown keys return a copy without them).
   */
  check(value: unknown, context: CheckContext): unknown;
  /** Builds the equivalent zod schema with `z`. Use {@link toZod}, which caches it. */
  build(z: ZodModule): Z;
}

/** The type of the zod schema a shape builds. */
export type ZodOf<S> = S extends Shape<infer Z> ? Z : never;

/** What a shape accepts: the input type of its zod schema. */
export type ShapeInput<S> = zod.input<ZodOf<S>>;

/** What a shape gives back once checked: the output type of its zod schema. */
export type ShapeOutput<S> = zod.output<ZodOf<S>>;

/** Adds one issue at the context's path, or below it at `below`. */
export function addIssue(
  context: CheckContext,
  message: string,
  continues: boolean,
  below: readonly PropertyKey[] = [],
): void {
  context.issues.push({ path: [...context.path, ...below], message, continues });
}

/** Whether an issue from `from` on stops further checks (a wrong type, not a failed rule). */
export function stopsChecks(context: CheckContext, from: number): boolean {
  for (let index = from; index < context.issues.length; index++) {
    if (!context.issues[index]?.continues) return true;
  }
  return false;
}

/** Checks `value` against `member` one key further down the path. */
export function checkMember(
  member: Shape,
  key: PropertyKey,
  value: unknown,
  context: CheckContext,
): unknown {
  context.path.push(key);
  try {
    return member.check(value, context);
  } finally {
    context.path.pop();
  }
}
