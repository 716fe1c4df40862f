import { createQueueTransport, waitForDelivery } from '@authmail/queue';
import { createSendGridTransport } from '@authmail/sendgrid';
import {
  type FakeSendGrid,
  type RedisServer,
  startFakeSendGrid,
  startRedisServer,
} from '@authmail/testkit';
import { waitUntil } from '../../packages/queue/src/processes/wait-until.js';
import {
  startWorkerProcess,
  type WorkerConfig,
} from '../../packages/queue/src/processes/worker-process.js';
import { type Figure, ratio } from './figure.js';
import { recipient, signInMessage } from './send-cases/send-case.js';
import type { Settings } from './settings.js';
import { median, percentile, pool, round } from './stats.js';

/** How long the fake provider takes to answer in the throughput runs: I/O-bound, as real providers are. */
const providerDelayMs = 50;
/** Jobs each worker process runs at once (`startMailWorker`'s default). */
const concurrency = 16;
/** The worker-process counts compared. */
const fleets = [1, 2, 4] as const;

/** The sign-in email of the other send figures, to recipient `index`, with job id `<queueName>-<index>`. */
function email(queueName: string, index: number) {
  return { ...signInMessage(), to: recipient(index), correlationId: `${queueName}-${index}` };
}

function workerConfig(redis: RedisServer, fake: FakeSendGrid, queueName: string): WorkerConfig {
  return {
    redisUrl: redis.url,
    queueName,
    provider: { name: 'sendgrid', url: fake.url, apiKey: fake.apiKey },
    concurrency,
    log: false,
  };
}

/**
 * Messages per second reaching the fake with `workers` worker processes:
 * every job is queued first, then the workers start; the rate is taken
 * between the 20th and the 80th percentile of arrivals, once every worker
 * is running.
 */
async function throughput(
  redis: RedisServer,
  fake: FakeSendGrid,
  workers: number,
  jobs: number,
  run: string,
): Promise<number> {
  const queueName = `bench-throughput-${run}-${workers}`;
  const transport = createQueueTransport({ connection: redis.url, queueName });
  fake.clear();
  fake.fail({ delayMs: providerDelayMs }, { times: jobs });
  await pool(jobs, 256, (index) => transport.send(email(queueName, index)));
  const fleet = Array.from({ length: workers }, () =>
    startWorkerProcess(workerConfig(redis, fake, queueName)),
  );
  try {
    await Promise.all(fleet.map((worker) => worker.ready));
    await waitUntil(`${jobs} jobs at the fake`, () => fake.messages.length >= jobs, 120_000);
  } finally {
    await Promise.all(fleet.map((worker) => worker.stop()));
    await transport.close();
  }
  const arrivals = fake.messages
    .map((message) => message.receivedAt.getTime())
    .sort((a, b) => a - b);
  const first = Math.floor(jobs * 0.2);
  const last = Math.floor(jobs * 0.8);
  const spanMs = (arrivals[last] ?? 0) - (arrivals[first] ?? 0);
  return ((last - first) / spanMs) * 1_000;
}

/** Milliseconds from each send's start until the fake received it (the fake's clock is ms). */
async function latencies(
  fake: FakeSendGrid,
  sends: number,
  send: (index: number) => Promise<void>,
): Promise<number[]> {
  const ms: number[] = [];
  for (let index = 0; index < sends; index++) {
    fake.clear();
    const start = Date.now();
    await send(index);
    const arrived = fake.requests[0]?.receivedAt.getTime();
    if (arrived === undefined) throw new Error('queue bench: the sign-in code never arrived');
    ms.push(arrived - start);
  }
  return ms;
}

/**
 * One sign-in code at a time, enqueue → the provider receives it, through
 * an idle worker process; and the same send straight through the SendGrid
 * transport. The fake answers at once.
 */
async function latency(redis: RedisServer, fake: FakeSendGrid, sends: number) {
  const queueName = 'bench-latency';
  const transport = createQueueTransport({ connection: redis.url, queueName });
  const worker = startWorkerProcess(workerConfig(redis, fake, queueName));
  const direct = createSendGridTransport({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    allowCustomBaseUrl: true,
  });
  try {
    await worker.ready;
    const viaQueue = async (index: number) => {
      const receipt = await transport.send(email(queueName, index));
      await waitForDelivery(transport, receipt.messageId, { timeoutMs: 10_000 });
    };
    const warmUp = 20;
    await latencies(fake, warmUp, (index) => viaQueue(sends + index));
    const queued = await latencies(fake, sends, viaQueue);
    const straight = await latencies(fake, sends, async (index) => {
      await direct.send(email('bench-direct', index));
    });
    return { queued, straight };
  } finally {
    await worker.stop();
    await transport.close();
  }
}

/**
 * The queue's figures (issue 17): throughput with 1, 2 and 4 worker
 * processes against a provider answering after 50 ms, and the latency the
 * queue adds to one sign-in code, on a `redis-server` of its own.
 */
export async function queueFigures(settings: Settings): Promise<Figure[]> {
  const redis = await startRedisServer();
  const fake = await startFakeSendGrid({ apiKey: 'SG.bench-queue' });
  try {
    const rounds = await throughputRounds(redis, fake, settings);
    const { queued, straight } = await latency(redis, fake, settings.queueLatencySends);
    return figures(rounds, queued, straight, settings);
  } finally {
    await fake.close();
    await redis.stop();
  }
}

/** msgs/s by worker-process count, one entry per round. */
type Round = Record<(typeof fleets)[number], number>;

/**
 * `settings.queueRounds` rounds of 1, 2 and 4 worker processes, the order
 * reversed every other round, after a short warm-up run (the fake and the
 * producer run in this process).
 */
async function throughputRounds(
  redis: RedisServer,
  fake: FakeSendGrid,
  settings: Settings,
): Promise<Round[]> {
  await throughput(redis, fake, 1, Math.min(200, settings.queueJobsPerWorker), 'warm-up');
  const rounds: Round[] = [];
  for (let index = 0; index < settings.queueRounds; index++) {
    const order = index % 2 === 0 ? [...fleets] : [...fleets].reverse();
    const round: Round = { 1: 0, 2: 0, 4: 0 };
    for (const workers of order) {
      const jobs = settings.queueJobsPerWorker * workers;
      round[workers] = await throughput(redis, fake, workers, jobs, `${index}`);
    }
    rounds.push(round);
  }
  return rounds;
}

function figures(
  rounds: readonly Round[],
  queued: readonly number[],
  straight: readonly number[],
  settings: Settings,
): Figure[] {
  const rate = (workers: keyof Round) => median(rounds.map((round) => round[workers]));
  // Each round's fleets ran minutes apart at most: their ratio is what the machine's load disturbs least.
  const speedUp = (workers: keyof Round) =>
    median(rounds.map((round) => round[workers] / round[1]));
  const throughputNote =
    `${settings.queueJobsPerWorker} jobs per worker process, all queued before the workers start; ` +
    `SendGrid transport, concurrency ${concurrency} per process, the fake SendGrid answering after ` +
    `${providerDelayMs} ms; rate between the 20th and 80th percentile of arrivals; median of ` +
    `${rounds.length} rounds (ratio: median of each round's); workers, Redis and the fake share the machine`;
  const latencyNote =
    `${queued.length} sign-in codes one at a time, each awaited with waitForDelivery; ` +
    'from the send until the fake API received the request (its clock counts whole ms); one idle ' +
    'worker process; peer: the same email sent straight through createSendGridTransport';
  const fleet = (workers: keyof Round, target?: number): Figure => ({
    id: `queue.throughput.${workers}`,
    group: 'queue',
    label: `queue: throughput, ${workers} worker process${workers === 1 ? '' : 'es'} (provider answers after ${providerDelayMs} ms)`,
    unit: 'msgs/s',
    ours: round(rate(workers)),
    peers: workers === 1 ? {} : { '1 worker process': round(rate(1)) },
    ratios:
      target === undefined
        ? []
        : [ratio(`${workers} ÷ 1 worker`, round(speedUp(workers)), { atLeast: target })],
    note: throughputNote,
  });
  const q50 = median(queued);
  const q99 = percentile(queued, 99);
  return [
    fleet(1),
    fleet(2, 1.8),
    fleet(4, 3),
    {
      id: 'queue.latency.p50',
      group: 'queue',
      label: 'queue: one sign-in code, enqueue → provider receives, p50',
      unit: 'ms',
      ours: round(q50),
      peers: { 'direct send, no queue': round(median(straight)) },
      ratios: [ratio('added by the queue (ms)', round(q50 - median(straight)))],
      note: latencyNote,
    },
    {
      id: 'queue.latency.p99',
      group: 'queue',
      label: 'queue: one sign-in code, enqueue → provider receives, p99',
      unit: 'ms',
      ours: round(q99),
      peers: { 'direct send, no queue': round(percentile(straight, 99)) },
      ratios: [ratio('p99 in ms', round(q99), { atMost: 50 })],
      note: latencyNote,
    },
  ];
}
