import { AuthmailError } from '../errors.js';

/**
 * Whether `error` is an {@link AuthmailError}. Safe on anything that was
 * thrown: `instanceof` on a Proxy runs its traps, which may throw again.
 */
export function isAuthmailError(error: unknown): error is AuthmailError {
  try {
    return error instanceof AuthmailError;
  } catch {
    return false;
  }
}

/** What was thrown, in words, whatever it is (a getter on `message` may throw too). */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'a value that cannot be printed';
  }
}

/**
 * Runs `read`, which reads the caller's variables; anything but an
 * {@link AuthmailError} it throws (a getter, a Proxy) becomes an
 * `invalid_variables` one naming `what`.
 *
 * @example
 * ```ts
 * const locale = readingVariables('the variables', () => variables.locale);
 * ```
 */
export function readingVariables<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadableVariables(error, what);
  }
}

/** An error thrown while reading variables, as an `invalid_variables` {@link AuthmailError}. */
export function unreadableVariables(error: unknown, what: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  return new AuthmailError(
    'invalid_variables',
    `${what} failed while reading the variables: ${describeThrown(error)}. Pass plain data (no getters that throw, no Proxies).`,
  );
}
