/**
 * Helpers the tests share; not exported by the package.
 *
 * @module
 */
import { expect } from 'vitest';
import { AuthmailError } from '../errors.js';

/** What `run` throws, checked to be an {@link AuthmailError}; fails the test if it returns. */
export function errorOf(run: () => unknown): AuthmailError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthmailError);
    return error as AuthmailError;
  }
  throw new Error('expected an AuthmailError');
}

/** Protocols that run script or load content when a link is opened. */
export const dangerousProtocols: ReadonlySet<string> = new Set([
  'javascript:',
  'data:',
  'vbscript:',
  'file:',
]);

/** What a browser resolves a URL attribute's (decoded) value to: the WHATWG URL parser is the oracle. */
export function browserProtocol(url: string): string | undefined {
  try {
    return new URL(url, 'https://base.test/dir/').protocol;
  } catch {
    return undefined;
  }
}
