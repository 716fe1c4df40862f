import { isAuthmailError } from '@authmail/core';
import { startWorkerFromEnv } from './mail-worker.js';

/**
 * `pnpm worker`: sends the emails the app queued (`AUTHMAIL_QUEUE`) through
 * the provider the environment names. SIGTERM or Ctrl-C lets the emails in
 * flight finish, then exits.
 */
const stop = new AbortController();
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());

try {
  const { worker, description } = await startWorkerFromEnv(process.env, stop.signal);
  console.log(`Sending queued email: ${description}`);
  await worker.closed;
  console.log('Worker closed.');
} catch (error) {
  // A missing or wrong variable: one line naming it.
  if (!isAuthmailError(error, 'invalid_config')) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
