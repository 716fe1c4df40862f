import type { z } from 'zod';
import { AuthmailError } from './errors.js';

// Helpers for zod's issues, for packages that check their own options with
// zod (Logto's connector): core's own options are checked by shapes.

/**
 * Parses `value` with `schema`, or throws `invalid_config` naming every field
 * that failed (`deliveries.SignIn: …`). `what` says whose config it is.
 *
 * Values are never echoed, so a secret in a wrong place stays out of the message.
 */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AuthmailError(
    'invalid_config',
    `Invalid ${what}: ${describeIssues(result.error.issues).join('; ')}`,
    { details: { issues: describeIssues(result.error.issues) } },
  );
}

/**
 * One line per problem, `path: message`. A failed union reports the branch
 * that came closest (fewest problems) unless it has a message of its own.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (
      issue.code === 'invalid_union' &&
      issue.message === 'Invalid input' &&
      issue.errors.length > 0
    ) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return describeIssues(closest, path);
    }
    const where = path.length > 0 ? path.map(String).join('.') : '(root)';
    return [`${where}: ${issue.message}`];
  });
}
