import type { FakeApi, RecordedMessage, RedisServer } from '@authmail/testkit';
import { startFakeResend, startFakeSendGrid, startRedisServer } from '@authmail/testkit';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueTransport } from '../index.js';
import { emailIndex, enqueue, recipientIndex, signInEmails } from './emails.js';
import { waitUntil } from './wait-until.js';
import { startWorkerProcess, type WorkerConfig, type WorkerProcess } from './worker-process.js';

// 10,000 messages through 3 worker processes; one is killed with SIGKILL
// once 30% have reached the fake provider, and a new one started. The fake
// answers after 50 ms, as a real provider takes a while, so the killed
// worker has sends in flight. Short lock and stall intervals make the
// recovery quick (docs/scaling.md gives the production defaults' figures).
const total = 10_000;
const concurrency = 16;
const providerDelayMs = 50;
const recovery = { lockDurationMs: 2_000, stalledIntervalMs: 1_000 };

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

/** What one run left at the fake, and what the killed worker had in flight. */
interface CrashRun {
  /** Recipient index of every message the fake accepted, in order. */
  accepted: number[];
  /** Requests that reached the fake (Resend: its answered repeats included). */
  requests: number;
  /** Messages the fake had accepted when the worker was killed. */
  acceptedAtKill: number;
  /** Recipient indexes of the jobs the killed worker had started and not completed. */
  inFlight: Set<number>;
  /** From the kill until every job it had in flight reached the fake again. */
  recoveryMs: number;
  /** Jobs that ended failed. */
  failed: number;
}

/** The indexes seen more than once in `indexes`. */
function repeated(indexes: readonly number[]): number[] {
  const seen = new Set<number>();
  return indexes.filter((index) => seen.has(index) || !seen.add(index));
}

/**
 * The recipient index of every message the fake accepted, read as they
 * arrive: each poll only looks at the messages new since the last.
 */
function acceptedIndexes(fake: FakeApi<RecordedMessage>) {
  const indexes: number[] = [];
  const distinct = new Set<number>();
  const read = () => {
    for (const message of fake.messages.slice(indexes.length)) {
      const index = recipientIndex(JSON.stringify(message));
      indexes.push(index);
      distinct.add(index);
    }
  };
  return {
    all(): number[] {
      read();
      return indexes;
    },
    distinct(): number {
      read();
      return distinct.size;
    },
  };
}

/**
 * When each recipient's message first reached the fake at or after `since`
 * (ms since the epoch): a job the killed worker had in flight can only
 * complete by being sent again.
 */
function firstArrivals(fake: FakeApi<RecordedMessage>, since: number): Map<number, number> {
  const arrivals = new Map<number, number>();
  for (const request of fake.requests) {
    const at = request.receivedAt.getTime();
    const index = recipientIndex(request.body.toString('utf8'));
    if (at >= since && !arrivals.has(index)) arrivals.set(index, at);
  }
  return arrivals;
}

async function crashRun(
  fake: FakeApi<RecordedMessage>,
  provider: WorkerConfig['provider']['name'],
): Promise<CrashRun> {
  const queueName = `crash-${provider}`;
  const config: WorkerConfig = {
    redisUrl: redis.url,
    queueName,
    provider: { name: provider, url: fake.url, apiKey: fake.apiKey },
    concurrency,
    ...recovery,
    log: true,
  };
  const transport = createQueueTransport({ connection: redis.url, queueName });
  const inspect = new Queue(queueName, { connection: { host: redis.host, port: redis.port } });
  const accepted = acceptedIndexes(fake);
  // Every request, repeats included, is answered after the delay.
  fake.fail({ delayMs: providerDelayMs }, { times: 2 * total });
  await enqueue(transport, signInEmails(queueName, total));
  const workers: WorkerProcess[] = [0, 1, 2].map(() => startWorkerProcess(config));
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    await waitUntil('30% delivered', () => fake.messages.length >= total * 0.3, 60_000);

    const victim = workers[0] as WorkerProcess;
    await victim.kill();
    const killedAt = Date.now();
    const acceptedAtKill = fake.messages.length;
    // Still active in Redis: the jobs the killed worker had not completed (its
    // locks last seconds more, so none has been recovered yet).
    const active = new Set((await inspect.getActive()).map((job) => job.id));
    const inFlight = new Set([...victim.started].filter((id) => active.has(id)).map(emailIndex));
    workers[0] = startWorkerProcess(config);
    await workers[0].ready;

    const counts = () => inspect.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const idle = async () => Object.values(await counts()).every((count) => count === 0);
    await waitUntil(
      'every message at the fake and the queue empty',
      async () => accepted.distinct() === total && (await idle()),
      90_000,
    );
    const arrivals = firstArrivals(fake, killedAt);
    const recoveredAt = Math.max(
      killedAt,
      ...[...inFlight].map((index) => arrivals.get(index) ?? Infinity),
    );
    const { failed = 0 } = await inspect.getJobCounts('failed');
    return {
      accepted: [...accepted.all()],
      requests: fake.requests.length,
      acceptedAtKill,
      inFlight,
      recoveryMs: recoveredAt - killedAt,
      failed,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await transport.close();
    await inspect.close();
  }
}

/** Reports the run's figures, and checks what holds on every provider: nothing lost. */
function expectNoneLost(provider: string, run: CrashRun): void {
  const duplicates = repeated(run.accepted).length;
  console.log(
    `${provider}: ${new Set(run.accepted).size} of ${total} delivered, ${duplicates} duplicates, ` +
      `${run.requests} requests; killed at ${run.acceptedAtKill} delivered with ` +
      `${run.inFlight.size} jobs in flight, recovered ${run.recoveryMs} ms after the kill ` +
      `(lockDuration ${recovery.lockDurationMs} ms, stalledInterval ${recovery.stalledIntervalMs} ms)`,
  );
  expect(new Set(run.accepted).size).toBe(total);
  expect(run.failed).toBe(0);
  // Killed mid-run, with sends in flight (none can be more than its concurrency).
  expect(run.acceptedAtKill).toBeLessThan(total);
  expect(run.inFlight.size).toBeGreaterThan(0);
  expect(run.inFlight.size).toBeLessThanOrEqual(concurrency);
  expect(run.recoveryMs).toBeLessThan(30_000);
}

describe('a worker process killed with SIGKILL mid-run', () => {
  it('loses nothing: every message reaches SendGrid, twice only if the killed worker had it in flight', async () => {
    const fake = await startFakeSendGrid({ apiKey: 'SG.crash' });
    try {
      const run = await crashRun(fake, 'sendgrid');
      expectNoneLost('SendGrid', run);
      // Only the jobs the killed worker had in flight can arrive twice.
      for (const index of repeated(run.accepted)) expect(run.inFlight).toContain(index);
    } finally {
      await fake.close();
    }
  }, 150_000);

  it('delivers exactly once on Resend: the repeat carries the same Idempotency-Key and is dropped', async () => {
    const fake = await startFakeResend({ apiKey: 're_crash' });
    try {
      const run = await crashRun(fake, 'resend');
      expectNoneLost('Resend', run);
      expect(run.accepted).toHaveLength(total);
    } finally {
      await fake.close();
    }
  }, 150_000);
});
