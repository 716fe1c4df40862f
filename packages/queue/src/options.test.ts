import { createMemoryTransport } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { resolveConnection } from './connection.js';
import { createQueueTransport, type QueueTransportOptions } from './queue-transport.js';
import { type MailWorkerOptions, startMailWorker } from './worker.js';

const url = 'redis://127.0.0.1:6390';

/** The `invalid_config` error `make` throws (synchronously or not). */
async function configError(make: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await make();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected invalid_config');
}

describe('createQueueTransport options', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no connection', {}, /^connection is required/],
    [
      'a URL of another scheme',
      { connection: 'http://127.0.0.1:6379' },
      /^connection must use redis: or rediss:/,
    ],
    ['not a URL', { connection: 'localhost:6379' }, /^connection /],
    [
      'a port out of range',
      { connection: { host: 'localhost', port: 70_000 } },
      /^connection\.port /,
    ],
    [
      'a misspelt connection key',
      { connection: { hots: 'localhost' } },
      /connection\.hots: not an option; did you mean `host`\?/,
    ],
    ['a queue name with a colon', { connection: url, queueName: 'a:b' }, /^queueName /],
    [
      'a misspelt option',
      { connection: url, queuename: 'mail' },
      /queuename: not an option; did you mean `queueName`\?/,
    ],
    [
      'zero attempts',
      { connection: url, jobOptions: { attempts: 0 } },
      /^jobOptions\.attempts must be a whole number from 1/,
    ],
    [
      'another backoff',
      { connection: url, jobOptions: { backoff: { type: 'linear', delay: 5 } } },
      /^jobOptions\.backoff\.type /,
    ],
    [
      'keeping every job',
      { connection: url, jobOptions: { removeOnComplete: {} } },
      /^jobOptions\.removeOnComplete needs age or count/,
    ],
  ];
  it.each(cases)('refuses %s with invalid_config naming the field', async (_, options, message) => {
    const error = await configError(() => createQueueTransport(options as QueueTransportOptions));
    expect(error.code).toBe('invalid_config');
    expect(error.message).toMatch(message);
  });

  it('never quotes the password or the URL of a bad connection', async () => {
    const error = await configError(() =>
      createQueueTransport({ connection: 'redis://:hunter22secret@localhost:6379/db' }),
    );
    expect(error.message).toMatch(/^connection path must be a database number/);
    expect(error.message).not.toContain('hunter22secret');
  });
});

describe('connection', () => {
  it('reads user, password, database and TLS from a URL, and describes it without the password', () => {
    const resolved = resolveConnection('rediss://app:p%40ss@cache.example.org:6380/2');
    expect(resolved.redisOptions).toMatchObject({
      host: 'cache.example.org',
      port: 6380,
      username: 'app',
      password: 'p@ss',
      db: 2,
      tls: {},
      maxRetriesPerRequest: null,
    });
    expect(resolved.description).toBe('rediss://app:***@cache.example.org:6380/2');
  });

  it('takes { host, port, password, tls } parts, port 6379 by default', () => {
    const resolved = resolveConnection({ host: 'cache', password: 'secret', tls: true });
    expect(resolved.redisOptions).toMatchObject({ host: 'cache', port: 6379, db: 0, tls: {} });
    expect(resolved.description).toBe('rediss://:***@cache:6379/0');
  });
});

describe('startMailWorker options', () => {
  const transport = createMemoryTransport();
  const cases: [string, Partial<MailWorkerOptions> & Record<string, unknown>, RegExp][] = [
    ['no transport', { transport: undefined }, /^transport must be a transport/],
    ['zero concurrency', { concurrency: 0 }, /^concurrency must be a whole number from 1/],
    ['a limiter without duration', { limiter: { max: 5 } as never }, /^limiter\.duration /],
    [
      'a misspelt limiter key',
      { limiter: { max: 5, duration: 1000, maxx: 1 } as never },
      /limiter\.maxx: not an option/,
    ],
    ['a fractional lock duration', { lockDurationMs: 1.5 }, /^lockDurationMs /],
    [
      'a stall check too often',
      { stalledIntervalMs: 10 },
      /^stalledIntervalMs must be a whole number from 100/,
    ],
    ['a signal that is not one', { signal: 'stop' as never }, /^signal must be an AbortSignal/],
    [
      'a misspelt option',
      { concurency: 4 },
      /concurency: not an option; did you mean `concurrency`\?/,
    ],
  ];
  it.each(cases)(
    'refuses %s with invalid_config naming the field',
    async (_, overrides, message) => {
      const error = await configError(() =>
        startMailWorker({ connection: url, transport, ...overrides } as MailWorkerOptions),
      );
      expect(error.code).toBe('invalid_config');
      expect(error.message).toMatch(message);
    },
  );
});
