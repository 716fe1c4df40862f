import { createMailer, withFailover, withRetry } from '@authmail/core';
import {
  closedPortUrl,
  type FakeMailgun,
  type FakeResend,
  type FakeSendGrid,
  type FakeSmtp,
} from '@authmail/testkit';
import { startSelfSignedServer } from '@authmail/testkit/conformance';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  mailgunUnderTest,
  type ProviderUnderTest,
  resendUnderTest,
  sendGridUnderTest,
  signInEmail,
  smtpUnderTest,
} from './providers.js';

let mailgun: ProviderUnderTest<FakeMailgun>;
let sendgrid: ProviderUnderTest<FakeSendGrid>;
let smtp: ProviderUnderTest<FakeSmtp>;
let resend: ProviderUnderTest<FakeResend>;
beforeAll(async () => {
  [mailgun, sendgrid, smtp, resend] = await Promise.all([
    mailgunUnderTest(),
    sendGridUnderTest(),
    smtpUnderTest(),
    resendUnderTest(),
  ]);
});
beforeEach(() => {
  for (const { fake } of [mailgun, sendgrid, smtp, resend]) fake.clear();
});
afterAll(() =>
  Promise.all([
    mailgun.fake.close(),
    sendgrid.fake.close(),
    smtp.fake.close(),
    resend.fake.close(),
  ]),
);

it('delivers every message through SendGrid while Mailgun fails 100%', async () => {
  mailgun.fake.fail({ status: 503, body: { message: 'Service Unavailable' } }, { times: 10_000 });
  const retry = { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 };
  const transport = withFailover(
    [withRetry(mailgun.transport(), retry), withRetry(sendgrid.transport(), retry)],
    {
      failureThreshold: 3,
      cooldownMs: 60_000,
    },
  );
  const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
  const results = [];
  for (let index = 0; index < 50; index++) {
    results.push(
      await mailer.send({
        to: `user${index}@example.org`,
        usageType: 'SignIn',
        variables: { code: String(100000 + index), application: { id: 'app', name: 'Acme' } },
      }),
    );
  }
  expect(results.every((result) => result.provider === 'sendgrid')).toBe(true);
  expect(sendgrid.fake.messages).toHaveLength(50);
  expect(
    sendgrid.fake.messages.map((message) => message.body.personalizations?.[0]?.to?.[0]?.email),
  ).toEqual(Array.from({ length: 50 }, (_, index) => `user${index}@example.org`));
  expect(mailgun.fake.messages).toHaveLength(0);
  // The circuit opened after 3 failed sends (2 attempts each): Mailgun was not tried 50 times.
  expect(mailgun.fake.requests).toHaveLength(6);
});

it('fails over to the healthy provider when the primary presents an untrusted certificate', async () => {
  const tls = await startSelfSignedServer();
  if (typeof tls === 'string') throw new Error(tls);
  try {
    const retry = { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 };
    const transport = withFailover([
      withRetry(mailgun.transport({ url: tls.url }), retry),
      withRetry(sendgrid.transport(), retry),
    ]);
    const receipt = await transport.send({
      to: 'ann@example.org',
      from: 'Acme <no-reply@acme.test>',
      subject: 'Your code',
      text: 'Code 482913',
    });
    expect(receipt).toMatchObject({ provider: 'sendgrid', attempts: 1 });
    expect(sendgrid.fake.messages).toHaveLength(1);
    expect(tls.requests).toBe(0);
  } finally {
    await tls.close();
  }
});

it.each([
  {
    trouble: 'answers every message 421',
    primary: async () => {
      smtp.fake.fail({ reply: 421, text: '4.3.2 Service shutting down' }, { times: 10_000 });
      return smtp.transport();
    },
    // The circuit opened after 3 failed sends (2 attempts each): SMTP was not tried every time.
    messagesRefused: 6,
  },
  {
    trouble: 'is down',
    primary: async () => smtp.transport({ url: await closedPortUrl() }),
    messagesRefused: 0,
  },
])(
  'fails over from SMTP that $trouble to Resend: each message arrives there once',
  async ({ primary, messagesRefused }) => {
    const retry = { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 };
    const transport = withFailover([
      withRetry(await primary(), retry),
      withRetry(resend.transport(), retry),
    ]);
    const sends = 10;
    const receipts = [];
    for (let index = 0; index < sends; index++)
      receipts.push(await transport.send(signInEmail(index)));
    expect(receipts.map((receipt) => receipt.provider)).toEqual(Array(sends).fill('resend'));
    expect(resend.delivered().map((message) => message.to)).toEqual(
      Array.from({ length: sends }, (_, index) => [`user${index}@example.org`]),
    );
    expect(smtp.fake.messages).toHaveLength(0);
    expect(smtp.fake.requests).toHaveLength(messagesRefused);
  },
);
