// What is SendGrid's own on the wire; the checks every transport shares are in conformance.test.ts.
import type { OutgoingEmail } from '@authmail/core';
import { type FakeSendGrid, rejectionOf, startFakeSendGrid } from '@authmail/testkit';
import { hostileVariables } from '@authmail/testkit/conformance';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveSendGridOptions } from './options.js';
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

const errorsBody = (text: string, field: string | null = null) => ({
  errors: [{ message: text, field, help: null }],
});

describe('send', () => {
  it('posts every field to /v3/mail/send with a Bearer key, text before html, tracking off', async () => {
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

  it('sends a dynamic template with the language among the variables', async () => {
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
    const legacy = { ...message, providerTemplate: { name: 'legacy-123', variables: {} } };
    expect(await rejectionOf(transport().send(legacy))).toMatchObject({ code: 'invalid_config' });
    expect(fake.requests).toHaveLength(0);
  });

  it('turns tracking on only when configured', async () => {
    await transport({ tracking: { clicks: true, opens: true } }).send(message);
    expect(fake.messages[0]?.body.tracking_settings).toEqual({
      click_tracking: { enable: true, enable_text: true },
      open_tracking: { enable: true },
    });
  });
});

describe('sendBatch', () => {
  it('gives each recipient a personalization with the shared data, the language and its own', async () => {
    await transport().sendBatch({
      from: 'no-reply@acme.test',
      subject: 'Join us',
      providerTemplate: { name: 'd-invite', variables: { product: 'Acme' }, locale: 'fr' },
      recipients: [1, 2].map((index) => ({
        to: `user${index}@example.org`,
        variables: { link: `https://acme.test/i/${index}` },
      })),
    });
    expect(fake.messages[0]?.body.personalizations?.[1]).toEqual({
      to: [{ email: 'user2@example.org' }],
      dynamic_template_data: { locale: 'fr', product: 'Acme', link: 'https://acme.test/i/2' },
    });
  });

  it('drops __proto__ and constructor keys of hostile variables, keeping the rest', async () => {
    await transport().sendBatch({
      from: 'no-reply@acme.test',
      subject: 'Join us',
      providerTemplate: { name: 'd-invite', variables: {}, locale: 'en' },
      recipients: [{ to: 'ann@example.org', variables: hostileVariables(1) }],
    });
    const data = fake.messages[0]?.body.personalizations?.[0]?.dynamic_template_data ?? {};
    expect(data).toMatchObject({ prototype: { polluted: 'yes' } });
    // @sendgrid/mail merges the data with deepmerge, which drops `__proto__` and `constructor`.
    expect(Object.keys(data).sort()).toEqual([
      'code',
      'link',
      'locale',
      'nested',
      'organization',
      'prototype',
    ]);
  });
});

describe('errors', () => {
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
    const error = await rejectionOf(transport().send(message));
    expect(error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      details: { rateLimit: { limit: '600', remaining: '0', reset: String(reset) } },
    });
    const { retryAfterMs } = error as { retryAfterMs: number };
    expect(retryAfterMs).toBeGreaterThan(25_000);
    expect(retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it("reports SendGrid's message with the field it names", async () => {
    fake.fail({
      status: 400,
      body: errorsBody('The from email does not contain a valid address.', 'from.email'),
    });
    expect(await rejectionOf(transport().send(message))).toMatchObject({
      message:
        'SendGrid answered 400: The from email does not contain a valid address. (from.email)',
    });
  });
});

describe('options', () => {
  it.each([
    [
      { baseUrl: 'https://evil.test' },
      /baseUrl must be https on api\.sendgrid\.com or api\.eu\.sendgrid\.com/,
    ],
    [{ apiKey: '' }, /apiKey/],
  ])('rejects %j at creation', (overrides, pattern) => {
    expect(() => createSendGridTransport({ apiKey, ...overrides })).toThrow(pattern);
  });

  it.each([
    ['https://api.sendgrid.com', 'https://api.sendgrid.com'],
    ['https://api.eu.sendgrid.com/', 'https://api.eu.sendgrid.com'],
    ['HTTPS://API.SENDGRID.COM', 'https://api.sendgrid.com'],
    ['https://Api.Eu.SendGrid.Com/', 'https://api.eu.sendgrid.com'],
    ['https://api\uff0esendgrid\uff0ecom', 'https://api.sendgrid.com'],
    ['https://api.sendgrid.com:443', 'https://api.sendgrid.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080', true],
  ])('hands the client %j as %j', (baseUrl, normalised, allowCustomBaseUrl = false) => {
    const options = { apiKey, baseUrl, allowCustomBaseUrl };
    expect(resolveSendGridOptions(options).baseUrl).toBe(normalised);
  });
});
