import { AuthmailError } from '../errors.js';
import type { CheckContext, Shape, ShapeIssue, ShapeOutput } from './shape.js';

/** What {@link checkShape} found: the value as parsed, and every issue (none: it passed). */
export interface ShapeCheck<T> {
  readonly value: T;
  readonly issues: readonly ShapeIssue[];
}

/** Checks `value` against `shape`, with no dependency loaded. */
export function checkShape<S extends Shape>(shape: S, value: unknown): ShapeCheck<ShapeOutput<S>> {
  const context: CheckContext = { path: [], issues: [] };
  const checked = shape.check(value, context) as ShapeOutput<S>;
  return { value: checked, issues: context.issues };
}

/**
 * One line per problem, `path: message` (`(root)` for the value itself).
 * A failed union reports the branch that came closest (fewest problems)
 * unless it has a message of its own, as `describeIssues` does for zod.
 */
export function describeShapeIssues(issues: readonly ShapeIssue[]): string[] {
  return closestIssues(issues).map(({ path, message }) => {
    const where = path.length > 0 ? path.map(String).join('.') : '(root)';
    return `${where}: ${message}`;
  });
}

/** One problem where it is: a path from the value checked, and what is wrong there. */
export interface PlacedIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The issues as a user should read them: a failed union without a message
 * of its own is replaced by the issues of its closest branch (fewest
 * problems), with their full paths.
 */
export function closestIssues(
  issues: readonly ShapeIssue[],
  prefix: readonly PropertyKey[] = [],
): PlacedIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.message === 'Invalid input' && issue.branches && issue.branches.length > 0) {
      const closest = [...issue.branches].sort((a, b) => a.length - b.length)[0] ?? [];
      return closestIssues(closest, path);
    }
    return [{ path, message: issue.message }];
  });
}

/**
 * Checks `value` against `shape`: its parsed value, or `invalid_config`
 * naming every field that failed (`Invalid mailer options: from: …`). `what`
 * says whose options they are.
 *
 * Values are never echoed, so a secret in a wrong place stays out of the message.
 *
 * @throws AuthmailError `invalid_config`, its `details.issues` one `path: message` line each.
 */
export function parseOptions<S extends Shape>(
  shape: S,
  value: unknown,
  what: string,
): ShapeOutput<S> {
  const { value: checked, issues } = checkShape(shape, value);
  if (issues.length === 0) return checked;
  const lines = describeShapeIssues(issues);
  throw new AuthmailError('invalid_config', `Invalid ${what}: ${lines.join('; ')}`, {
    details: { issues: lines },
  });
}
