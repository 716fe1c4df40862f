import { AuthmailError, type SendReceipt } from '@authmail/core';
import { checkOptionKeys } from '@authmail/core/provider';
import { Job, type Queue } from 'bullmq';
import { redisError } from './connection.js';
import { errorFromFailedReason } from './failure.js';
import {
  describe,
  durationRange,
  invalidOption,
  objectOption,
  wholeNumberOption,
} from './options.js';
import { type QueueHandle, type QueueTransport, queueHandleOf } from './queue-transport.js';
import { jobReceipt, type StoredReceipt } from './receipts.js';

/** Options of {@link waitForDelivery}. */
export interface WaitForDeliveryOptions {
  /** How long to wait for a worker to deliver, in ms. */
  timeoutMs: number;
}

type Outcome = { receipt: SendReceipt } | { error: AuthmailError } | undefined;

/**
 * Waits until a worker has delivered the job `messageId` (the `messageId` of
 * the queue transport's receipt) and resolves with the provider's receipt,
 * for a caller who must know the message left, e.g. before a UI says "code
 * sent". For a batch job, one receipt: the first request's `messageId`, all
 * requests' `recipients` and `failed`.
 *
 * @example
 * ```ts
 * const queued = await mailer.send({ to, usageType: 'SignIn', variables: { code } });
 * const receipt = await waitForDelivery(transport, queued.messageId, { timeoutMs: 10_000 });
 * ```
 * @throws AuthmailError with the job's code and message when it failed for
 * good (retries used up, or not retryable); `timeout` (retryable) when it
 * is not delivered within `timeoutMs` (it stays queued); `invalid_message`
 * when there is no such job (never added, or removed after its retention
 * time); `invalid_config` for bad arguments or a closed transport.
 */
export async function waitForDelivery(
  transport: QueueTransport,
  messageId: string,
  options: WaitForDeliveryOptions,
): Promise<SendReceipt> {
  const handle = queueHandleOf(transport);
  if (handle === undefined) {
    throw invalidOption('transport', 'must be a transport made by createQueueTransport');
  }
  if (typeof messageId !== 'string' || messageId === '') {
    throw invalidOption(
      'messageId',
      `must be a job id from a queue receipt, got ${describe(messageId)}`,
    );
  }
  const given = objectOption('options', options);
  checkOptionKeys(given, ['timeoutMs'], 'waitForDelivery options');
  const timeoutMs = wholeNumberOption('timeoutMs', given.timeoutMs, durationRange);
  if (handle.isClosed()) {
    throw new AuthmailError(
      'invalid_config',
      `the queue transport for ${transport.queueName} is closed`,
      {
        provider: 'queue',
        retryable: false,
      },
    );
  }
  return settleOutcome(await awaitOutcome(handle, messageId, timeoutMs));
}

function settleOutcome(outcome: Exclude<Outcome, undefined>): SendReceipt {
  if ('error' in outcome) throw outcome.error;
  return outcome.receipt;
}

/** Listens for the job's end, checks whether it already ended, and gives up after `timeoutMs`. */
function awaitOutcome(
  handle: QueueHandle,
  jobId: string,
  timeoutMs: number,
): Promise<Exclude<Outcome, undefined>> {
  return new Promise((resolve, reject) => {
    let done = false;
    const cleanups: (() => void)[] = [];
    const finish = (outcome: Outcome): void => {
      if (done || outcome === undefined) return;
      done = true;
      for (const cleanup of cleanups) cleanup();
      resolve(outcome);
    };
    const fail = (error: unknown): void => {
      if (done) return;
      done = true;
      for (const cleanup of cleanups) cleanup();
      reject(redisError(`Could not read job ${jobId} from Redis`, error, handle.connection));
    };
    const timer = setTimeout(() => {
      // One last look: the end may have come while the event stream was opening.
      currentOutcome(handle.queue, jobId).then(
        (outcome) => finish(outcome ?? { error: timedOut(jobId, timeoutMs) }),
        fail,
      );
    }, timeoutMs);
    cleanups.push(() => clearTimeout(timer));
    handle
      .events()
      .then((events) => {
        if (done) return;
        const onCompleted = (args: { returnvalue: unknown }): void =>
          finish({ receipt: jobReceipt(args.returnvalue as StoredReceipt | StoredReceipt[]) });
        const onFailed = (args: { failedReason: string }): void =>
          finish({ error: errorFromFailedReason(args.failedReason, jobId) });
        events.on(`completed:${jobId}` as 'completed', onCompleted);
        events.on(`failed:${jobId}` as 'failed', onFailed);
        cleanups.push(() => {
          events.off(`completed:${jobId}` as 'completed', onCompleted);
          events.off(`failed:${jobId}` as 'failed', onFailed);
        });
        return currentOutcome(handle.queue, jobId).then(finish);
      })
      .catch(fail);
  });
}

/** The job's outcome if it has ended; `undefined` while it is waiting, delayed or active. */
async function currentOutcome(queue: Queue, jobId: string): Promise<Outcome> {
  // The state first: a job read before it ended would have no return value yet.
  const state = await queue.getJobState(jobId);
  if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return undefined;
  const job = await Job.fromId(queue, jobId);
  if (job === undefined) {
    return {
      error: new AuthmailError(
        'invalid_message',
        `no job ${jobId} in queue ${queue.name}: never added, or removed after its retention time`,
        { provider: 'queue', retryable: false },
      ),
    };
  }
  if (state === 'failed') return { error: errorFromFailedReason(job.failedReason, jobId) };
  if (state === 'completed') return { receipt: jobReceipt(job.returnvalue as StoredReceipt) };
  return undefined;
}

function timedOut(jobId: string, timeoutMs: number): AuthmailError {
  return new AuthmailError(
    'timeout',
    `job ${jobId} was not delivered within ${timeoutMs} ms; it stays queued`,
    { provider: 'queue', retryable: true },
  );
}
