import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadFileTemplateStore } from '@authmail/core/files';
import type { OutboxRecord } from '@authmail/outbox';
import { type RedisServer, startRedisServer } from '@authmail/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEmailFromEnv } from './app-email.js';
import { startWorkerFromEnv } from './mail-worker.js';
import { mailerFor, templatesDir } from './mailer.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

/** The outbox's message records, once there is at least one (checked every 20 ms, 20 s at most). */
async function outboxRecords(dir: string): Promise<OutboxRecord[]> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json'));
    if (names.length > 0) {
      return Promise.all(
        names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8'))),
      );
    }
    await sleep(20);
  }
  throw new Error(`nothing reached the outbox ${dir} in 20 s`);
}

describe('queued sending (AUTHMAIL_QUEUE)', () => {
  it('queues the sign-in code; the worker sends it into the outbox', async () => {
    const outbox = await mkdtemp(join(tmpdir(), 'node-app-queued-'));
    const env = {
      AUTHMAIL_QUEUE: redis.url,
      AUTHMAIL_QUEUE_NAME: 'node-app-test',
      AUTHMAIL_OUTBOX_DIR: outbox,
    };
    const stop = new AbortController();
    const { worker, description } = await startWorkerFromEnv(env, stop.signal);
    const email = await appEmailFromEnv(env);
    try {
      expect(description).toBe('queue "node-app-test" → outbox');
      expect(email.destination).toBe('queue "node-app-test"');
      const mailer = mailerFor(email, await loadFileTemplateStore(templatesDir));
      const result = await mailer.send({
        to: 'ann@example.com',
        usageType: 'SignIn',
        variables: { code: '482913', application: { id: 'notes', name: 'Acme Notes' } },
        acceptLanguage: 'de-DE,de;q=0.9',
      });
      // The app is answered once Redis holds the job; the worker sends it.
      expect(result).toMatchObject({ provider: 'queue', messageId: result.correlationId });

      const [record] = await outboxRecords(outbox);
      expect(record?.message.to).toBe('ann@example.com');
      expect(record?.message.subject).toContain('482913');
      expect(record?.message.correlationId).toBe(result.correlationId);
    } finally {
      stop.abort();
      await worker.closed;
      await email.close();
      await rm(outbox, { recursive: true, force: true });
    }
  });

  it('names AUTHMAIL_QUEUE, never its value, when it is not a Redis URL or the worker lacks it', async () => {
    const error = await appEmailFromEnv({ AUTHMAIL_QUEUE: 'http://user:s3cret@redis.test' }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({
      code: 'invalid_config',
      details: { variable: 'AUTHMAIL_QUEUE' },
    });
    expect(String(error)).not.toContain('s3cret');
    await expect(startWorkerFromEnv({}, new AbortController().signal)).rejects.toThrow(
      'AUTHMAIL_QUEUE is required for the worker',
    );
  });
});
