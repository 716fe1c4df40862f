// Run by packed.test.ts inside the user project: the packed @authmail/queue,
// against the Redis server the test started (its URL is the one argument).
import { createMailer, createMemoryTransport } from '@authmail/core';
import { createQueueTransport, startMailWorker, waitForDelivery } from '@authmail/queue';

const connection = process.argv[2];
const delivered = createMemoryTransport();
const queue = createQueueTransport({ connection, queueName: 'packed' });
const worker = await startMailWorker({ connection, queueName: 'packed', transport: delivered });
const mailer = createMailer({
  transport: queue,
  from: 'Acme <no-reply@acme.test>',
  builtins: true,
});

const sent = await mailer.send({
  to: 'ann@example.com',
  usageType: 'SignIn',
  variables: { code: '482913', application: { id: 'app', name: 'Acme' } },
  acceptLanguage: 'de',
});
const receipt = await waitForDelivery(queue, sent.messageId, { timeoutMs: 20_000 });
await worker.close();
await queue.close();

console.log(
  JSON.stringify({
    provider: sent.provider,
    deliveredBy: receipt.provider,
    subject: delivered.messages[0]?.subject,
  }),
);
