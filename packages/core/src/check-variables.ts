import type { z } from 'zod';
import { describeIssues } from './config.js';
import { AuthmailError } from './errors.js';

/**
 * Checks `variables` against `schema`, the schema of `usageType`.
 *
 * @returns the variables, unchanged (extra keys kept, nothing transformed).
 * @throws AuthmailError `invalid_variables`, naming every path that failed.
 */
export function checkVariables(schema: z.ZodType, usageType: string, variables: unknown): unknown {
  const result = schema.safeParse(variables);
  if (result.success) return variables;
  const problems = describeIssues(result.error.issues);
  throw new AuthmailError(
    'invalid_variables',
    `Invalid variables for ${usageType}: ${problems.join('; ')}`,
    { details: { usageType, issues: result.error.issues } },
  );
}
