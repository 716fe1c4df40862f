import { checkNumberOption, type NumberRule } from '../provider/number-option.js';

/** `concurrency`: 1 to 10,000 tasks at once. */
export const concurrencyRule: NumberRule = { min: 1, max: 10_000 };

/**
 * Runs `task` over `items` with at most `concurrency` running at once and
 * returns the results in input order. `task` must not reject.
 *
 * @throws AuthmailError `invalid_config` naming `concurrency` unless it is a
 * whole number from 1 to 10,000 (`NaN` would start no task at all).
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  checkNumberOption('concurrency', concurrency, concurrencyRule);
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
