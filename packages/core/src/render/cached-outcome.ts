import type { AuthmailError } from '../errors.js';

/** A failure kept in a cache, so that the same input fails at once next time. */
export interface CachedFailure {
  /** The name the error was made with (it names the template). */
  readonly name: string;
  readonly error: AuthmailError;
}

/**
 * What `compute` gives, remembered with `store`, failures included: a cached
 * failure made under the same `name` is thrown again (a copy) without
 * computing; one made under another name is computed anew, so that the
 * error names the template it was asked for.
 *
 * @param cached - what the cache holds for this input, when it holds a failure.
 * @param asError - turns anything `compute` throws into the error to cache.
 */
export function computeOrFail<T>(
  cached: CachedFailure | undefined,
  name: string,
  compute: () => T,
  store: (outcome: T | CachedFailure) => void,
  asError: (error: unknown) => AuthmailError,
): T {
  if (cached && cached.name === name) throw cached.error.with({});
  try {
    const value = compute();
    store(value);
    return value;
  } catch (error) {
    const failure = asError(error);
    store({ name, error: failure });
    throw failure;
  }
}
