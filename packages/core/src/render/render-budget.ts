import { AuthmailError } from '../errors.js';
import { maxRenderedLength } from '../limits.js';
import { unreadableVariables } from './thrown.js';

/**
 * What one render may still do: nested `{{#each}}` multiply, so a small
 * template and a few short arrays could otherwise produce gigabytes, or spin
 * through billions of empty iterations.
 */
export interface RenderBudget {
  /** The template's name, for the error. */
  readonly name: string;
  /** Most characters of output, and most `{{#each}}` iterations. */
  readonly limit: number;
  /** Iterations left before the render is stopped. */
  iterationsLeft: number;
}

/** A fresh budget for one render of `name`. */
export function renderBudget(name: string, limit = maxRenderedLength): RenderBudget {
  return { name, limit, iterationsLeft: limit };
}

/** Counts one `{{#each}}` iteration (even over a hole in an array). */
export function spendIteration(budget: RenderBudget): void {
  budget.iterationsLeft -= 1;
  if (budget.iterationsLeft >= 0) return;
  throw new AuthmailError(
    'invalid_variables',
    `Rendering "${budget.name}" would run {{#each}} more than ${budget.limit} times (maxRenderedLength): the variables hold arrays too long for the template's loops.`,
    { details: { template: budget.name, limit: budget.limit } },
  );
}

/** Stops a render whose output has grown past the budget. */
export function checkLength(budget: RenderBudget, output: string): void {
  if (output.length <= budget.limit) return;
  throw new AuthmailError(
    'invalid_variables',
    `Rendering "${budget.name}" would produce more than ${budget.limit} characters (maxRenderedLength): the values, or the arrays the template loops over, are too large.`,
    { details: { template: budget.name, limit: budget.limit } },
  );
}

/**
 * An error thrown while a render read the variables (a getter or a Proxy
 * that throws), as an `invalid_variables` {@link AuthmailError}; an
 * `AuthmailError` is kept as it is.
 */
export function renderFailure(error: unknown, name: string): AuthmailError {
  const failure = unreadableVariables(error, `Rendering "${name}"`);
  return failure.details === undefined ? failure.with({ details: { template: name } }) : failure;
}
