import { AuthmailError } from './errors.js';
import { checkShape, closestIssues, describeShapeIssues } from './shape/check.js';
import type { Shape, ShapeIssue } from './shape/shape.js';
import { checkStandardSchema, type StandardSchemaV1 } from './shape/standard-schema.js';

/** Checks one usage type's variables: what is wrong with them (nothing: they pass). */
export type VariablesCheck = (variables: unknown) => readonly ShapeIssue[];

/** The check of a built-in usage type: its shape, with no dependency. */
export function shapeCheck(shape: Shape): VariablesCheck {
  return (variables) => checkShape(shape, variables).issues;
}

/**
 * The check of a usage type of your own: its Standard Schema (a zod schema,
 * say), which must answer at once.
 *
 * @throws AuthmailError `invalid_config` when the schema answers with a promise.
 */
export function standardSchemaCheck(schema: StandardSchemaV1, usageType: string): VariablesCheck {
  return (variables) => {
    const issues = checkStandardSchema(schema, variables);
    if (issues !== undefined) return issues;
    throw new AuthmailError(
      'invalid_config',
      `usageTypes.${usageType}: the schema checks asynchronously (an async refinement or transform, say); the mailer needs one that answers at once`,
      { details: { usageType } },
    );
  };
}

/**
 * Checks `variables` of `usageType` with `check`.
 *
 * @returns the variables, unchanged (extra keys kept, nothing transformed).
 * @throws AuthmailError `invalid_variables`, naming every path that failed.
 */
export function checkVariables(
  check: VariablesCheck,
  usageType: string,
  variables: unknown,
): unknown {
  const issues = check(variables);
  if (issues.length === 0) return variables;
  const problems = describeShapeIssues(issues);
  throw new AuthmailError(
    'invalid_variables',
    `Invalid variables for ${usageType}: ${problems.join('; ')}`,
    { details: { usageType, issues: closestIssues(issues) } },
  );
}
