import { isAuthmailError } from '@authmail/core';

/** Where in a template file a problem is, when the error says. */
export interface ProblemLocation {
  file: string;
  line?: number;
  column?: number;
}

/** One variable that failed its usage type's check. */
export interface VariableIssue {
  /** `application.name`, or `(root)`. */
  path: string;
  message: string;
}

/** What the page shows instead of an email: an `AuthmailError`'s code and message, and where. */
export interface PreviewProblem {
  /** The `AuthmailError` code: `invalid_variables`, `template_syntax`, `invalid_message`… */
  code: string;
  /** The whole message, naming the file and its line and column when it has them. */
  message: string;
  /** For `invalid_variables`: each variable that failed. */
  issues?: VariableIssue[];
  location?: ProblemLocation;
}

/**
 * The {@link PreviewProblem} an `AuthmailError` describes; anything else is
 * a bug of the preview and is thrown on.
 */
export function previewProblem(error: unknown): PreviewProblem {
  if (!isAuthmailError(error)) throw error;
  const details = (error.details ?? {}) as Record<string, unknown>;
  const problem: PreviewProblem = { code: error.code, message: error.message };
  if (error.code === 'invalid_variables') problem.issues = variableIssues(error.message);
  const location = locationOf(details);
  if (location) problem.location = location;
  return problem;
}

/**
 * Each failed variable of an `invalid_variables` message
 * (`Invalid variables for SignIn: code: …; application: …`): its lines
 * follow the closest branch of a union, which `details.issues` does not.
 */
function variableIssues(message: string): VariableIssue[] {
  const list = message.replace(/^Invalid variables for [^:]*: /, '');
  return list.split(/; (?=[^\s:;]+: )/).map((line) => {
    const colon = line.indexOf(': ');
    return colon === -1
      ? { path: '(root)', message: line }
      : { path: line.slice(0, colon), message: line.slice(colon + 2) };
  });
}

/** A template file's errors carry `{ file, line, column }`; a store's, `{ template, line, column }`. */
function locationOf(details: Record<string, unknown>): ProblemLocation | undefined {
  const file = details.file ?? details.template;
  if (typeof file !== 'string') return undefined;
  const location: ProblemLocation = { file };
  if (typeof details.line === 'number') location.line = details.line;
  if (typeof details.column === 'number') location.column = details.column;
  return location;
}
