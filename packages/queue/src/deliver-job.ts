import { AuthmailError, type OutgoingBatch, type Transport } from '@authmail/core';
import { capabilitiesOf, chunk } from '@authmail/core/provider';
import { type Job, type Queue, UnrecoverableError, Worker } from 'bullmq';
import { failedReasonOf, foreignFailureReason } from './failure.js';
import { readJobData } from './job-data.js';
import { type StoredReceipt, storedReceipt } from './receipts.js';
import type { SendWindow } from './send-window.js';

/** What a worker's processor needs besides the job. */
export interface DeliveryContext {
  transport: Transport;
  /** The sliding-window pacer, when the worker has a limiter. */
  window: SendWindow | undefined;
  /** For `rateLimit` when the provider answers 429 with a wait. */
  queue: Queue;
}

/** What a batch job records after each request, so a retry skips what was sent. */
interface BatchProgress {
  sentRecipients: number;
  receipts: StoredReceipt[];
}

/**
 * Sends a job's message (or batch) through the worker's transport and
 * returns the provider's receipt(s) as the job's return value. A failure is
 * turned into what BullMQ acts on; see {@link jobFailure}.
 */
export async function deliverJob(
  job: Job,
  context: DeliveryContext,
): Promise<StoredReceipt | StoredReceipt[]> {
  try {
    const content = readJobData(job.data);
    if ('batch' in content) return await deliverBatch(job, content.batch, context);
    const { transport, window } = context;
    return storedReceipt(await paced(window, () => transport.send(content.message)));
  } catch (error) {
    throw await jobFailure(error, context.queue);
  }
}

/**
 * Sends the batch in requests of at most the transport's
 * `maxBatchRecipients`, one pacing slot each, recording progress after each
 * request: a retry resumes after the recipients already sent.
 */
async function deliverBatch(
  job: Job,
  batch: OutgoingBatch,
  { transport, window }: DeliveryContext,
): Promise<StoredReceipt[]> {
  const sendBatch = transport.sendBatch?.bind(transport);
  if (sendBatch === undefined) {
    throw new AuthmailError(
      'invalid_config',
      `the worker's transport ${transport.name} does not send batches`,
      { provider: 'queue', retryable: false },
    );
  }
  const progress = batchProgress(job.progress);
  const remaining = batch.recipients.slice(progress.sentRecipients);
  for (const part of chunk(remaining, capabilitiesOf(transport).maxBatchRecipients)) {
    const receipts = await paced(window, () => sendBatch({ ...batch, recipients: part }));
    progress.sentRecipients += part.length;
    progress.receipts.push(...receipts.map(storedReceipt));
    await job.updateProgress({ ...progress });
  }
  return progress.receipts;
}

/** Runs one request in a slot of the window (when there is one), released once it is answered. */
async function paced<T>(window: SendWindow | undefined, request: () => Promise<T>): Promise<T> {
  const slot = await window?.acquire();
  try {
    return await request();
  } finally {
    // Not awaited: a slot left unreleased (Redis away) just lapses after its lease.
    void slot?.release();
  }
}

function batchProgress(progress: unknown): BatchProgress {
  if (typeof progress === 'object' && progress !== null && 'sentRecipients' in progress) {
    const { sentRecipients, receipts } = progress as BatchProgress;
    return { sentRecipients, receipts: [...receipts] };
  }
  return { sentRecipients: 0, receipts: [] };
}

/**
 * What a failed send becomes for BullMQ:
 * - a retryable `AuthmailError` with `retryAfterMs` (a 429): the whole queue
 *   is rate limited for that long, for every worker, and the job goes back
 *   to wait without using an attempt (`Worker.RateLimitError`);
 * - another retryable one: an error BullMQ retries with backoff;
 * - one that is not retryable: `UnrecoverableError`, so the job fails at once;
 * - anything else: retryable, with a message that quotes nothing of it.
 *
 * The reason stored is `<code>: <message>`; providers redact secrets from
 * their messages, and the transport's options are never quoted.
 */
export async function jobFailure(error: unknown, queue: Queue): Promise<Error> {
  if (!(error instanceof AuthmailError)) return new Error(foreignFailureReason(error));
  if (!error.retryable) return new UnrecoverableError(failedReasonOf(error));
  const waitMs = error.retryAfterMs;
  if (waitMs !== undefined && waitMs > 0) {
    await queue.rateLimit(Math.ceil(waitMs));
    return Worker.RateLimitError();
  }
  return new Error(failedReasonOf(error));
}
