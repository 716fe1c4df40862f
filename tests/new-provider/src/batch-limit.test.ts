import { startFakeSendGrid } from '@authmail/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToyTransport, type ToyTransport } from './toy-provider.js';

let fake: Awaited<ReturnType<typeof startFakeSendGrid>>;
let transport: ToyTransport;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey: 'toy_test_9d2c4e6a8b0f1e3d5c7a9b2d4f6e8a0c' });
  transport = createToyTransport({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    allowCustomBaseUrl: true,
  });
});
afterAll(() => fake.close());

it('declares its own batch limit, 50, not the 1,000 of Mailgun and SendGrid', () => {
  expect(transport.capabilities).toEqual({ maxBatchRecipients: 50, idempotencyKeys: false });
});

it('puts 125 recipients on the wire in requests of 50, 50 and 25', async () => {
  const recipients = Array.from({ length: 125 }, (_, index) => ({
    to: `user${index}@example.org`,
    variables: { position: index },
  }));
  await transport.sendBatch({
    from: 'no-reply@example.com',
    subject: 'Hello',
    providerTemplate: { name: 'd-hello', variables: {} },
    recipients,
  });
  const sizes = fake.messages.map((message) => message.body.personalizations.length);
  expect(sizes.sort((a, b) => b - a)).toEqual([50, 50, 25]);
});
