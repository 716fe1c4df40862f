import { isAuthmailError } from '@authmail/core';

/** Called with every error a send (or a webhook's `on` handler) threw. */
export type ErrorReporter = (error: unknown) => void;

/**
 * The default reporter: an `AuthmailError` is answered to Logto and says
 * enough there; anything else is logged here, since Logto only hears
 * "unexpected error".
 */
export const logUnexpected: ErrorReporter = (error) => {
  if (!isAuthmailError(error)) console.error('[authmail/logto] unexpected error:', error);
};
