import { type RedisServer, startFakeSendGrid, startRedisServer } from '@authmail/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createQueueTransport } from '../index.js';
import { enqueue, recipientIndex, signInEmails } from './emails.js';
import { busiestWindow } from './sliding-window.js';
import { waitUntil } from './wait-until.js';
import { startWorkerProcess, type WorkerConfig } from './worker-process.js';

const messages = 300;
const limiter = { max: 50, duration: 1_000 };

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

it('keeps every sliding 1-second window at the provider to 50 requests, across 3 worker processes', async () => {
  const fake = await startFakeSendGrid({ apiKey: 'SG.limiter' });
  const queueName = 'limiter';
  const config: WorkerConfig = {
    redisUrl: redis.url,
    queueName,
    provider: { name: 'sendgrid', url: fake.url, apiKey: fake.apiKey },
    concurrency: 16,
    limiter,
    log: false,
  };
  const workers = [0, 1, 2].map(() => startWorkerProcess(config));
  const transport = createQueueTransport({ connection: redis.url, queueName });
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    // All at once: without the limiter, 48 sends would be in flight at every moment.
    await enqueue(transport, signInEmails(queueName, messages));
    await waitUntil('every message at the fake', () => fake.messages.length >= messages, 60_000);

    const arrivals = fake.requests.map((request) => request.receivedAt.getTime());
    const busiest = busiestWindow(arrivals, limiter.duration);
    const seconds = (Math.max(...arrivals) - Math.min(...arrivals)) / 1_000;
    console.log(
      `limiter ${limiter.max}/${limiter.duration} ms, 3 workers: ${arrivals.length} requests in ` +
        `${seconds.toFixed(1)} s, busiest sliding window ${busiest}`,
    );
    expect(new Set(fake.messages.map((m) => recipientIndex(JSON.stringify(m)))).size).toBe(
      messages,
    );
    expect(busiest).toBeLessThanOrEqual(limiter.max);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await transport.close();
    await fake.close();
  }
}, 90_000);
