import { inspect } from 'node:util';
import { AuthmailError, type OutgoingEmail } from '@authmail/core';
import { type FakeSendGrid, startFakeSendGrid } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendGridTransport } from './transport.js';

const apiKey = 'SG.test-key.4f1c2b9a8e7d6c5b';
let fake: FakeSendGrid;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = (overrides: Record<string, unknown> = {}) =>
  createSendGridTransport({ apiKey, baseUrl: fake.url, allowCustomBaseUrl: true, ...overrides });

const message: OutgoingEmail = {
  to: 'Ann <ann@example.org>',
  from: 'Acme <no-reply@acme.test>',
  replyTo: 'Support <help@acme.test>',
  subject: '482913 is your code',
  text: 'Your code: 482913',
  html: '<p>Your code: <b>482913</b></p>',
  tags: ['SignIn'],
  headers: { 'X-Request-Id': 'req-1' },
  correlationId: 'corr-1',
};

async function failureOf(promise: Promise<unknown>): Promise<AuthmailError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthmailError);
    return error as AuthmailError;
  }
  throw new Error('expected the send to fail');
}

describe('send', () => {
  it('puts every field on the wire, text before html, tracking off', async () => {
    const receipt = await transport().send(message);
    const [arrived] = fake.messages;
    expect(arrived?.path).toBe('/v3/mail/send');
    expect(arrived?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(arrived?.body).toEqual({
      from: { email: 'no-reply@acme.test', name: 'Acme' },
      subject: '482913 is your code',
      personalizations: [{ to: [{ email: 'ann@example.org', name: 'Ann' }] }],
      content: [
        { type: 'text/plain', value: 'Your code: 482913' },
        { type: 'text/html', value: '<p>Your code: <b>482913</b></p>' },
      ],
      reply_to: { email: 'help@acme.test', name: 'Support' },
      categories: ['SignIn'],
      headers: { 'X-Request-Id': 'req-1' },
      custom_args: { authmail_correlation_id: 'corr-1' },
      tracking_settings: {
        click_tracking: { enable: false, enable_text: false },
        open_tracking: { enable: false },
      },
    });
    expect(receipt).toEqual({
      messageId: arrived?.id,
      provider: 'sendgrid',
      correlationId: 'corr-1',
    });
  });

  it('delivers a Korean and emoji subject and body byte-exact', async () => {
    const subject = '로그인 인증 코드: 482913 🔐';
    const html = '<p>안녕하세요 👋 — 코드는 <b>482913</b>입니다</p>';
    await transport().send({ ...message, subject, html });
    expect(fake.requests.at(-1)?.body.includes(Buffer.from(subject, 'utf8'))).toBe(true);
    expect(fake.messages[0]?.body).toMatchObject({ subject, content: [{}, { value: html }] });
  });

  it('sends a dynamic template with the language and the variables', async () => {
    await transport().send({
      to: 'ann@example.org',
      from: 'no-reply@acme.test',
      subject: '',
      providerTemplate: {
        name: 'd-0123456789abcdef',
        variables: { code: '1', application: { name: 'Acme' } },
        locale: 'de',
      },
    });
    expect(fake.messages[0]?.body).toMatchObject({
      template_id: 'd-0123456789abcdef',
      personalizations: [
        {
          to: [{ email: 'ann@example.org' }],
          dynamic_template_data: { locale: 'de', code: '1', application: { name: 'Acme' } },
        },
      ],
    });
    expect(fake.messages[0]?.body).not.toHaveProperty('content');
  });

  it('rejects a legacy template id before sending', async () => {
    const error = await failureOf(
      transport().send({ ...message, providerTemplate: { name: 'legacy-123', variables: {} } }),
    );
    expect(error.code).toBe('invalid_config');
    expect(fake.requests).toHaveLength(0);
  });

  it('turns tracking on only when configured', async () => {
    await transport({ tracking: { clicks: true, opens: true } }).send(message);
    expect(fake.messages[0]?.body.tracking_settings).toEqual({
      click_tracking: { enable: true, enable_text: true },
      open_tracking: { enable: true },
    });
  });

  it('keeps two transports with different keys apart', async () => {
    const other = await startFakeSendGrid({ apiKey: 'SG.other-key' });
    try {
      const second = createSendGridTransport({
        apiKey: 'SG.other-key',
        baseUrl: other.url,
        allowCustomBaseUrl: true,
      });
      await Promise.all([transport().send(message), second.send(message)]);
      expect(fake.messages).toHaveLength(1);
      expect(other.messages).toHaveLength(1);
      expect(other.messages[0]?.headers.authorization).toBe('Bearer SG.other-key');
    } finally {
      await other.close();
    }
  });
});

describe('sendBatch', () => {
  it('splits 2,500 recipients into personalizations of 1,000 with their own data', async () => {
    const recipients = Array.from({ length: 2500 }, (_, index) => ({
      to: `user${index}@example.org`,
      variables: { link: `https://acme.test/i/${index}` },
    }));
    const receipts = await transport().sendBatch({
      from: 'no-reply@acme.test',
      subject: 'Join us',
      providerTemplate: { name: 'd-invite', variables: { product: 'Acme' }, locale: 'fr' },
      recipients,
    });
    expect(fake.messages.map((arrived) => arrived.body.personalizations?.length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(receipts.map((receipt) => receipt.recipients?.length)).toEqual([1000, 1000, 500]);
    expect(fake.messages[2]?.body.personalizations?.[499]).toEqual({
      to: [{ email: 'user2499@example.org' }],
      dynamic_template_data: { locale: 'fr', product: 'Acme', link: 'https://acme.test/i/2499' },
    });
  });
});

describe('errors', () => {
  const errorsBody = (text: string) => ({ errors: [{ message: text, field: null, help: null }] });
  const cases: [string, Parameters<FakeSendGrid['fail']>[0], string, boolean][] = [
    ['500', { status: 500, body: '<html>oops</html>' as never }, 'provider_unavailable', true],
    ['502 empty', { status: 502 }, 'provider_unavailable', true],
    ['503', { status: 503, body: errorsBody('Service Unavailable') }, 'provider_unavailable', true],
    [
      '400',
      { status: 400, body: errorsBody('The from email does not contain a valid address.') },
      'provider_rejected',
      false,
    ],
    [
      '403',
      {
        status: 403,
        body: errorsBody('The from address does not match a verified Sender Identity.'),
      },
      'unauthorized',
      false,
    ],
    [
      '413',
      { status: 413, body: errorsBody('Request entity too large') },
      'provider_rejected',
      false,
    ],
    ['dropped connection', { drop: true }, 'network', true],
    [
      '2xx without a message id',
      { nonJson: true, status: 202, body: '' },
      'provider_unavailable',
      true,
    ],
  ];

  it.each(cases)('%s → %s', async (_, fault, code, retryable) => {
    fake.fail(fault);
    const error = await failureOf(transport().send(message));
    expect(error).toMatchObject({ code, retryable, provider: 'sendgrid' });
    expect(fake.messages).toHaveLength(0);
  });

  it('honours the rate-limit headers of a 429', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    fake.fail({
      status: 429,
      body: errorsBody('too many requests'),
      headers: {
        'X-RateLimit-Limit': '600',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(reset),
      },
    });
    const error = await failureOf(transport().send(message));
    expect(error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      details: { rateLimit: { limit: '600', remaining: '0', reset: String(reset) } },
    });
    expect(error.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it("reports SendGrid's messages and fields", async () => {
    fake.fail({
      status: 400,
      body: {
        errors: [
          {
            message: 'The from email does not contain a valid address.',
            field: 'from.email',
            help: null,
          },
        ],
      },
    });
    const error = await failureOf(transport().send(message));
    expect(error.message).toBe(
      'SendGrid answered 400: The from email does not contain a valid address. (from.email)',
    );
  });

  it('maps a wrong key to unauthorized, with the key nowhere', async () => {
    const wrongKey = 'SG.wrong-key-00000000000000';
    const error = await failureOf(transport({ apiKey: wrongKey }).send(message));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(wrongKey);
    }
  });

  it('times out on a slow answer, and maps a refused connection to network without the key', async () => {
    fake.fail({ delayMs: 1500 });
    expect(await failureOf(transport({ timeoutMs: 200 }).send(message))).toMatchObject({
      code: 'timeout',
      retryable: true,
    });
    const closed = await startFakeSendGrid({ apiKey });
    const url = closed.url;
    await closed.close();
    const refused = await failureOf(
      createSendGridTransport({ apiKey, baseUrl: url, allowCustomBaseUrl: true }).send(message),
    );
    expect(refused).toMatchObject({ code: 'network', retryable: true });
    expect(inspect(refused, { depth: 10 })).not.toContain(apiKey);
    expect(JSON.stringify(refused)).not.toContain('Bearer');
  });
});

describe('options', () => {
  it.each([
    [
      { baseUrl: 'https://evil.test' },
      /baseUrl must be https on api\.sendgrid\.com or api\.eu\.sendgrid\.com/,
    ],
    [{ baseUrl: 'http://api.sendgrid.com' }, /baseUrl/],
    [{ apiKey: '' }, /apiKey/],
  ])('rejects %j at creation', (overrides, pattern) => {
    expect(() => createSendGridTransport({ apiKey, ...overrides })).toThrow(pattern);
  });

  it('accepts the global and EU hosts', () => {
    expect(() => createSendGridTransport({ apiKey })).not.toThrow();
    expect(() =>
      createSendGridTransport({ apiKey, baseUrl: 'https://api.eu.sendgrid.com' }),
    ).not.toThrow();
  });
});
