import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once `condition()` holds, checking every 20 ms; throws naming
 * `what` after `timeoutMs`. The timeouts are generous bounds, never the
 * thing a test measures.
 */
export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
}
