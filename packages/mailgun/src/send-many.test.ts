import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createMailgunMailer } from './config.js';

let fake: FakeMailgun;
beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey: 'key-batch', domains: ['mg.example.com'] });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const config = (deliveries: Parameters<typeof createMailgunMailer>[0]['deliveries']) => ({
  apiKey: 'key-batch',
  domain: 'mg.example.com',
  from: 'Acme <no-reply@mg.example.com>',
  endpoint: fake.url,
  allowCustomEndpoint: true,
  deliveries,
});

const invitation = (index: number) => ({
  to: `user${index}@example.org`,
  variables: { link: `https://acme.test/i/${index}`, organization: { id: 'o', name: 'Acme' } },
});

it('sends 2,500 invitations through a stored template as 3 requests with recipient-variables', async () => {
  const mailer = createMailgunMailer(
    config({ OrganizationInvitation: { template: 'invite', variables: { product: 'Acme' } } }),
  );
  const recipients = Array.from({ length: 2500 }, (_, index) => invitation(index));
  const results = await mailer.sendMany({
    usageType: 'OrganizationInvitation',
    recipients,
    locale: 'de',
  });
  expect(fake.messages).toHaveLength(3);
  expect(fake.messages.map((message) => (message.fields.to as string[]).length)).toEqual([
    1000, 1000, 500,
  ]);
  const first = JSON.parse(fake.messages[0]?.fields['recipient-variables'] as string);
  expect(first['user7@example.org']).toEqual({
    link: 'https://acme.test/i/7',
    'organization.id': 'o',
    'organization.name': 'Acme',
  });
  expect(fake.messages[1]?.fields.template).toBe('invite');
  expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2500);
  const second = results[1500];
  expect(second?.status === 'fulfilled' && second.value.messageId).toBe(fake.messages[1]?.id);
});

it('settles every recipient when one batch request fails', async () => {
  const mailer = createMailgunMailer(config({ OrganizationInvitation: { template: 'invite' } }));
  fake.fail({ status: 503 });
  const recipients = Array.from({ length: 1500 }, (_, index) => invitation(index));
  const results = await mailer.sendMany({ usageType: 'OrganizationInvitation', recipients });
  expect(results.slice(0, 1000).every((result) => result.status === 'rejected')).toBe(true);
  expect(results[0]).toMatchObject({ reason: { code: 'provider_unavailable', retryable: true } });
  expect(results.slice(1000).every((result) => result.status === 'fulfilled')).toBe(true);
  expect(fake.messages).toHaveLength(1);
});

it("renders each recipient's own message for a content delivery", async () => {
  const mailer = createMailgunMailer(
    config({
      OrganizationInvitation: {
        subject: 'Join {{organization.name}}',
        html: '<a href="{{link}}">Join</a>',
      },
    }),
  );
  const results = await mailer.sendMany({
    usageType: 'OrganizationInvitation',
    recipients: [invitation(1), invitation(2)],
  });
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  const byRecipient = Object.fromEntries(
    fake.messages.map((message) => [message.fields.to, message.fields.html]),
  );
  expect(byRecipient).toEqual({
    'user1@example.org': '<a href="https://acme.test/i/1">Join</a>',
    'user2@example.org': '<a href="https://acme.test/i/2">Join</a>',
  });
});

it('sends each address once in a batch: a repeated or bad recipient is rejected alone', async () => {
  const mailer = createMailgunMailer(config({ OrganizationInvitation: { template: 'invite' } }));
  const recipients = [
    invitation(1),
    { ...invitation(2), to: 'USER1@Example.org' },
    { ...invitation(3), to: 'user3@' },
    { ...invitation(4), to: 'user4@example.org, eve@evil.test' },
    invitation(5),
  ];
  const results = await mailer.sendMany({ usageType: 'OrganizationInvitation', recipients });
  expect(results.map((result) => [result.to, result.status])).toEqual([
    ['user1@example.org', 'fulfilled'],
    ['USER1@Example.org', 'rejected'],
    ['user3@', 'rejected'],
    ['user4@example.org, eve@evil.test', 'rejected'],
    ['user5@example.org', 'fulfilled'],
  ]);
  expect(results[1]).toMatchObject({
    reason: { code: 'invalid_message', message: expect.stringMatching(/^to USER1@Example\.org /) },
  });
  expect(fake.messages).toHaveLength(1);
  const fields = fake.messages[0]?.fields ?? {};
  expect(fields.to).toEqual(['user1@example.org', 'user5@example.org']);
  const variables = JSON.parse(fields['recipient-variables'] as string);
  expect(Object.keys(variables)).toEqual(['user1@example.org', 'user5@example.org']);
  expect(variables['user1@example.org'].link).toBe('https://acme.test/i/1');
});
