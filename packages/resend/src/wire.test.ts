// What is Resend's own on the wire; the checks every transport shares are in conformance.test.ts.
import { type OutgoingEmail, withRetry } from '@authmail/core';
import { type FakeResend, rejectionOf, resendErrorReply, startFakeResend } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createResendTransport } from './transport.js';

const apiKey = 're_wire_4f1c2b9a8e7d6c5b';
let fake: FakeResend;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = (overrides: Record<string, unknown> = {}) =>
  createResendTransport({ apiKey, baseUrl: fake.url, allowCustomBaseUrl: true, ...overrides });

const message: OutgoingEmail = {
  to: 'Ann <ann@example.org>',
  from: '"Acme, Inc." <no-reply@acme.test>',
  replyTo: 'Support <help@acme.test>',
  subject: '482913 is your code',
  text: 'Your code: 482913',
  html: '<p>Your code: <b>482913</b></p>',
  tags: ['SignIn', 'org.acme'],
  headers: { 'X-Request-Id': 'req-1' },
  correlationId: 'corr-1',
};

const recipients = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    to: `user${index}@example.org`,
    variables: { code: String(100000 + index) },
  }));

const batch = (count: number, correlationId = 'batch-1') => ({
  from: 'Acme <no-reply@acme.test>',
  subject: 'You are invited',
  providerTemplate: { name: 'invitation', variables: { org: { name: 'Acme' } } },
  recipients: recipients(count),
  correlationId,
});

describe('send', () => {
  it('posts every field to /emails with a Bearer key and the correlation id as Idempotency-Key and tag', async () => {
    const receipt = await transport().send(message);
    const [arrived] = fake.messages;
    expect(arrived?.path).toBe('/emails');
    expect(arrived?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(arrived?.headers['idempotency-key']).toBe('corr-1');
    expect(arrived?.emails).toEqual([
      {
        from: '"Acme, Inc." <no-reply@acme.test>',
        to: 'Ann <ann@example.org>',
        reply_to: 'Support <help@acme.test>',
        subject: '482913 is your code',
        text: 'Your code: 482913',
        html: '<p>Your code: <b>482913</b></p>',
        headers: { 'X-Request-Id': 'req-1' },
        tags: [
          { name: 'SignIn', value: 'true' },
          { name: 'org_acme', value: 'true' },
          { name: 'authmail_correlation_id', value: 'corr-1' },
        ],
      },
    ]);
    expect(receipt).toEqual({
      messageId: arrived?.id,
      provider: 'resend',
      correlationId: 'corr-1',
    });
  });

  it('sends a stored template with its variables flattened to dotted keys, and no body', async () => {
    await transport().send({
      ...message,
      providerTemplate: {
        name: 'sign-in',
        variables: {
          code: 482913,
          user: { name: '민지', admin: true },
          links: ['a', 'b'],
          gone: null,
        },
      },
    });
    const [email] = fake.messages[0]?.emails ?? [];
    expect(email?.template).toEqual({
      id: 'sign-in',
      variables: {
        code: 482913,
        'user.name': '민지',
        'user.admin': 'true',
        'links.0': 'a',
        'links.1': 'b',
      },
    });
    expect(email).not.toHaveProperty('html');
    expect(email).not.toHaveProperty('text');
  });

  it('declares idempotency keys and 100 recipients a request', () => {
    expect(transport().capabilities).toEqual({ maxBatchRecipients: 100, idempotencyKeys: true });
  });
});

describe('idempotency: withRetry is exactly-once', () => {
  it('a send that timed out is retried with the same key and gets the first answer: one email', async () => {
    fake.fail({ delayMs: 2_000 });
    const retrying = withRetry(transport({ timeoutMs: 200 }), { maxAttempts: 2, baseDelayMs: 1 });
    const receipt = await retrying.send(message);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'corr-1',
      'corr-1',
    ]);
    expect(fake.messages).toHaveLength(1);
    expect(receipt).toMatchObject({ messageId: fake.messages[0]?.id, attempts: 2 });
  });

  it('a retry after a 503 sends once, with the key withRetry gave a message without one', async () => {
    fake.fail({ status: 503, body: { message: 'unavailable' } });
    const retrying = withRetry(transport(), { maxAttempts: 2, baseDelayMs: 1 });
    await retrying.send({ ...message, correlationId: undefined });
    const keys = fake.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(fake.messages).toHaveLength(1);
  });

  it('the same key with another message is a 409: provider_rejected, saying the id was reused', async () => {
    await transport().send(message);
    const error = await rejectionOf(transport().send({ ...message, subject: 'Another' }));
    expect(error).toMatchObject({
      code: 'provider_rejected',
      retryable: false,
      status: 409,
      message: expect.stringMatching(/invalid_idempotent_request.*different message/),
    });
    expect(fake.messages).toHaveLength(1);
  });

  it('gives each batch request its own key, repeated by its retry, whatever the split', async () => {
    fake.fail({ status: 500 }, { times: 1 });
    const retrying = withRetry(transport(), { maxAttempts: 2, baseDelayMs: 1 });
    const receipts = await retrying.sendBatch?.(batch(250));
    expect(receipts?.map((receipt) => receipt.recipients?.length)).toEqual([100, 100, 50]);
    const keys = fake.requests.map((request) => String(request.headers['idempotency-key']));
    expect(keys).toHaveLength(4);
    expect(keys[1]).toBe(keys[0]);
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^batch-1\/[0-9a-f]{16}$/);
    expect(fake.messages.map((arrived) => arrived.emails.length)).toEqual([100, 100, 50]);
    // The same 100 recipients at another position get the same key: it names the request.
    fake.clear();
    await transport().sendBatch(batch(100));
    expect(fake.requests[0]?.headers['idempotency-key']).toBe(keys[0]);
  });
});

describe('sendBatch', () => {
  it('posts one email per recipient to /emails/batch, shared variables under their own', async () => {
    const [receipt] = await transport().sendBatch({
      ...batch(2),
      providerTemplate: {
        name: 'invitation',
        variables: { org: { name: 'Acme' }, code: 'shared' },
      },
    });
    const [arrived] = fake.messages;
    expect(arrived?.path).toBe('/emails/batch');
    expect(arrived?.emails.map((email) => email.template)).toEqual([
      { id: 'invitation', variables: { 'org.name': 'Acme', code: '100000' } },
      { id: 'invitation', variables: { 'org.name': 'Acme', code: '100001' } },
    ]);
    expect(receipt?.messageId).toBe(arrived?.emailIds[0]);
  });
});

describe('errors', () => {
  const send = () => rejectionOf(transport().send(message));

  it('maps 403 validation_error (a test-mode recipient) to provider_rejected, not unauthorized', async () => {
    const text = 'You can only send testing emails to your own email address (me@acme.test).';
    fake.fail({ status: 403, body: { statusCode: 403, name: 'validation_error', message: text } });
    expect(await send()).toMatchObject({
      code: 'provider_rejected',
      retryable: false,
      status: 403,
      message: expect.stringContaining('resend.com/domains'),
    });
  });

  it.each([
    [401, 'missing_api_key'],
    [401, 'restricted_api_key'],
    [403, 'invalid_api_key'],
  ])('maps %i %s to unauthorized', async (status, name) => {
    fake.fail({ status, body: { statusCode: status, name, message: 'no' } });
    expect(await send()).toMatchObject({ code: 'unauthorized', retryable: false, status });
  });

  it('maps 422 to provider_rejected with Resend words, and refuses what the fake refuses', async () => {
    const error = await rejectionOf(
      transport().send({ ...message, tags: undefined, headers: { 'X-N': 1 as never } }),
    );
    expect(error).toMatchObject({
      code: 'provider_rejected',
      status: 422,
      message: expect.stringContaining('validation_error: Invalid `headers` field'),
    });
  });

  it('waits ratelimit-reset seconds (not an epoch) when a 429 has no retry-after', async () => {
    fake.fail({
      status: 429,
      body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
      headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '3' },
    });
    expect(await send()).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 3000,
      details: { rateLimit: { limit: '2', remaining: '0', reset: '3' } },
    });
  });

  it('prefers retry-after to ratelimit-reset', async () => {
    fake.fail({
      status: 429,
      body: { message: 'slow' },
      headers: { 'retry-after': '1', 'ratelimit-reset': '9' },
    });
    expect(await send()).toMatchObject({ retryAfterMs: 1000 });
  });

  it('does not retry a used-up daily quota', async () => {
    const body = {
      statusCode: 429,
      name: 'daily_quota_exceeded',
      message: 'You have reached your daily email sending quota.',
    };
    fake.fail({ status: 429, body, headers: { 'retry-after': '1' } });
    const error = await send();
    expect(error).toMatchObject({ code: 'rate_limited', retryable: false });
    expect(error).not.toHaveProperty('retryAfterMs', 1000);
  });

  it('retries 409 concurrent_idempotent_requests', async () => {
    const text = 'Same idempotency key used while original request is still in progress.';
    fake.fail({
      status: 409,
      body: { statusCode: 409, name: 'concurrent_idempotent_requests', message: text },
    });
    expect(await send()).toMatchObject({
      code: 'provider_unavailable',
      retryable: true,
      status: 409,
    });
  });

  it('keeps the answer of the fake helper as Resend words it', () => {
    expect(JSON.parse(resendErrorReply(409, 'x', 'y').body)).toEqual({
      statusCode: 409,
      name: 'x',
      message: 'y',
    });
  });
});

describe('base URL', () => {
  it('ignores RESEND_BASE_URL: the key only goes where baseUrl says', async () => {
    process.env.RESEND_BASE_URL = 'http://127.0.0.1:9';
    try {
      await transport().send(message);
      expect(fake.messages).toHaveLength(1);
    } finally {
      delete process.env.RESEND_BASE_URL;
    }
  });
});
