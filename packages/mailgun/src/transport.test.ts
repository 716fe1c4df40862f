import { inspect } from 'node:util';
import { AuthmailError, type OutgoingEmail } from '@authmail/core';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailgunTransport } from './transport.js';

const apiKey = 'key-test-4f1c2b9a8e7d6c5b';
const domain = 'mg.example.com';
let fake: FakeMailgun;

beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey, domains: [domain] });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = (overrides: Record<string, unknown> = {}) =>
  createMailgunTransport({
    apiKey,
    domain,
    endpoint: fake.url,
    allowCustomEndpoint: true,
    ...overrides,
  });

const message: OutgoingEmail = {
  to: 'Ann <ann@example.org>',
  from: 'Acme <no-reply@mg.example.com>',
  replyTo: 'Support <help@example.com>',
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
  it('puts every field on the wire, tracking off', async () => {
    const receipt = await transport().send(message);
    const [arrived] = fake.messages;
    expect(arrived).toMatchObject({
      method: 'POST',
      path: `/v3/${domain}/messages`,
      authUser: 'api',
    });
    expect(arrived?.fields).toEqual({
      from: 'Acme <no-reply@mg.example.com>',
      to: 'Ann <ann@example.org>',
      subject: '482913 is your code',
      text: 'Your code: 482913',
      html: '<p>Your code: <b>482913</b></p>',
      'h:Reply-To': 'Support <help@example.com>',
      'o:tag': 'SignIn',
      'o:tracking-clicks': 'no',
      'o:tracking-opens': 'no',
      'v:authmail-correlation-id': 'corr-1',
      'h:X-Request-Id': 'req-1',
    });
    expect(receipt).toEqual({
      messageId: arrived?.id,
      provider: 'mailgun',
      correlationId: 'corr-1',
    });
    expect(receipt.messageId).toMatch(/^<.+@mg\.example\.com>$/);
  });

  it('delivers a Korean and emoji subject and body byte-exact', async () => {
    const subject = '로그인 인증 코드: 482913 🔐';
    const html = '<p>안녕하세요 👋 — 코드는 <b>482913</b>입니다</p>';
    await transport().send({ ...message, subject, html, text: '코드 482913 ✅' });
    const request = fake.requests.at(-1);
    expect(request?.body.includes(Buffer.from(subject, 'utf8'))).toBe(true);
    expect(request?.body.includes(Buffer.from(html, 'utf8'))).toBe(true);
    expect(fake.messages[0]?.fields).toMatchObject({ subject, html, text: '코드 482913 ✅' });
  });

  it('sends a provider template with its variables in t:variables and X-Mailgun-Variables', async () => {
    await transport().send({
      to: 'ann@example.org',
      from: 'no-reply@mg.example.com',
      subject: 'Your code',
      providerTemplate: {
        name: 'auth-code',
        variables: { code: '1', app: { name: 'Acme' } },
        locale: 'de',
        version: 'de',
      },
    });
    const variables = JSON.stringify({ code: '1', app: { name: 'Acme' } });
    expect(fake.messages[0]?.fields).toMatchObject({
      template: 'auth-code',
      't:version': 'de',
      't:variables': variables,
      'h:X-Mailgun-Variables': variables,
    });
    expect(fake.messages[0]?.fields).not.toHaveProperty('html');
  });

  it('leaves t:version out unless the delivery asks for it', async () => {
    await transport().send({
      to: 'ann@example.org',
      from: 'no-reply@mg.example.com',
      subject: 's',
      providerTemplate: { name: 'auth-code', variables: {}, locale: 'de' },
    });
    expect(fake.messages[0]?.fields).not.toHaveProperty('t:version');
  });

  it('turns tracking on only when configured', async () => {
    await transport({ tracking: { clicks: 'htmlonly', opens: true } }).send(message);
    expect(fake.messages[0]?.fields).toMatchObject({
      'o:tracking-clicks': 'htmlonly',
      'o:tracking-opens': 'yes',
    });
  });
});

describe('sendBatch', () => {
  it("splits 2,500 recipients into requests of 1,000 with each one's variables", async () => {
    const recipients = Array.from({ length: 2500 }, (_, index) => ({
      to: `User ${index} <user${index}@example.org>`,
      variables: {
        link: `https://acme.test/i/${index}`,
        organization: { name: `Org ${index % 3}` },
      },
    }));
    const receipts = await transport().sendBatch({
      from: 'no-reply@mg.example.com',
      subject: 'Join us',
      providerTemplate: { name: 'invite', variables: { product: 'Acme' } },
      recipients,
      correlationId: 'batch-1',
    });
    expect(fake.messages.map((arrived) => (arrived.fields.to as string[]).length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(receipts.map((receipt) => receipt.recipients?.length)).toEqual([1000, 1000, 500]);
    expect(receipts[2]?.recipients?.[0]).toBe('User 2000 <user2000@example.org>');
    const third = fake.messages[2];
    const perRecipient = JSON.parse(third?.fields['recipient-variables'] as string);
    expect(perRecipient['user2499@example.org']).toEqual({
      link: 'https://acme.test/i/2499',
      'organization.name': 'Org 0',
    });
    expect(Object.keys(perRecipient)).toHaveLength(500);
    expect(third?.fields).toMatchObject({
      template: 'invite',
      't:variables': '{"product":"Acme"}',
    });
  });
});

describe('errors', () => {
  const cases: [string, Parameters<FakeMailgun['fail']>[0], string, boolean][] = [
    [
      '429 with Retry-After',
      { status: 429, body: { message: 'Too many requests' }, headers: { 'Retry-After': '7' } },
      'rate_limited',
      true,
    ],
    ['500', { status: 500, body: '<html>oops</html>' as never }, 'provider_unavailable', true],
    ['502 empty', { status: 502 }, 'provider_unavailable', true],
    [
      '503',
      { status: 503, body: { message: 'Service Unavailable' } },
      'provider_unavailable',
      true,
    ],
    [
      '400',
      {
        status: 400,
        body: { message: "'to' parameter is not a valid address. please check documentation" },
      },
      'provider_rejected',
      false,
    ],
    [
      '403',
      { status: 403, body: { message: 'Domain is not allowed to send' } },
      'unauthorized',
      false,
    ],
    [
      '413',
      { status: 413, body: { message: 'request entity too large' } },
      'provider_rejected',
      false,
    ],
    ['dropped connection', { drop: true }, 'network', true],
    [
      'non-JSON 200',
      { nonJson: true, status: 200, body: '<html>ok</html>' },
      'provider_unavailable',
      true,
    ],
    ['200 without id', { noId: true }, 'provider_unavailable', true],
  ];

  it.each(cases)('%s → %s', async (_, fault, code, retryable) => {
    fake.fail(fault);
    const error = await failureOf(transport().send(message));
    expect(error).toMatchObject({ code, retryable, provider: 'mailgun' });
    expect(fake.messages).toHaveLength(0);
  });

  it("reports Mailgun's message for a rejection", async () => {
    fake.fail({
      status: 400,
      body: { message: "'from' parameter is not a valid address. please check documentation" },
    });
    const error = await failureOf(transport().send(message));
    expect(error.message).toContain("'from' parameter is not a valid address");
    expect(error.status).toBe(400);
  });

  it('maps a wrong key to unauthorized without the key anywhere', async () => {
    const wrongKey = 'key-wrong-0000000000000000';
    const error = await failureOf(transport({ apiKey: wrongKey }).send(message));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(Buffer.from(`api:${wrongKey}`).toString('base64'));
    }
  });

  it('maps an unknown domain to provider_rejected', async () => {
    const error = await failureOf(transport({ domain: 'other.example.com' }).send(message));
    expect(error).toMatchObject({ code: 'provider_rejected', status: 404 });
    expect(error.message).toContain('Domain not found');
  });

  it('times out on a slow answer', async () => {
    fake.fail({ delayMs: 1500 });
    const error = await failureOf(transport({ timeoutMs: 200 }).send(message));
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('maps a refused connection to network', async () => {
    const closed = await startFakeMailgun({ apiKey });
    const url = closed.url;
    await closed.close();
    const error = await failureOf(
      createMailgunTransport({ apiKey, domain, endpoint: url, allowCustomEndpoint: true }).send(
        message,
      ),
    );
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('options', () => {
  it.each([
    [{ domain: 'https://mg.example.com' }, /domain/],
    [{ domain: 'mg.example.com/../x' }, /domain/],
    [{ endpoint: 'https://api.mailgun1.net' }, /endpoint must be https on \*\.mailgun\.net/],
    [{ endpoint: 'http://api.mailgun.net' }, /endpoint/],
    [{ apiKey: '' }, /apiKey/],
    [{ timeoutMs: -1 }, /timeoutMs/],
  ])('rejects %j at creation', (overrides, pattern) => {
    expect(() => createMailgunTransport({ apiKey, domain, ...overrides })).toThrow(pattern);
  });

  it('accepts the US and EU endpoints', () => {
    expect(() => createMailgunTransport({ apiKey, domain })).not.toThrow();
    expect(() =>
      createMailgunTransport({ apiKey, domain, endpoint: 'https://api.eu.mailgun.net' }),
    ).not.toThrow();
  });
});
