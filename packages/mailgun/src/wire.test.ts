// What is Mailgun's own on the wire; the checks every transport shares are in conformance.test.ts.
import type { OutgoingEmail } from '@authmail/core';
import { type FakeMailgun, rejectionOf, startFakeMailgun } from '@authmail/testkit';
import { hostileVariables } from '@authmail/testkit/conformance';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveMailgunOptions } from './options.js';
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

const template = { to: 'ann@example.org', from: 'no-reply@mg.example.com', subject: 'Your code' };

describe('send', () => {
  it('posts every field to /v3/{domain}/messages as api, tracking off', async () => {
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

  it('sends a provider template with its variables in t:variables and X-Mailgun-Variables', async () => {
    const variables = { code: '1', app: { name: 'Acme' } };
    await transport().send({
      ...template,
      providerTemplate: { name: 'auth-code', variables, locale: 'de', version: 'de' },
    });
    expect(fake.messages[0]?.fields).toMatchObject({
      template: 'auth-code',
      't:version': 'de',
      't:variables': JSON.stringify(variables),
      'h:X-Mailgun-Variables': JSON.stringify(variables),
    });
    expect(fake.messages[0]?.fields).not.toHaveProperty('html');
  });

  it('leaves t:version out unless the delivery asks for it', async () => {
    await transport().send({
      ...template,
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
  it('sends recipient-variables keyed by address with nested names flattened, shared ones in t:variables', async () => {
    const recipients = [0, 1, 2].map((index) => ({
      to: `User ${index} <user${index}@example.org>`,
      variables: { link: `https://acme.test/i/${index}`, organization: { name: `Org ${index}` } },
    }));
    await transport().sendBatch({
      from: 'no-reply@mg.example.com',
      subject: 'Join us',
      providerTemplate: { name: 'invite', variables: { product: 'Acme' } },
      recipients,
    });
    const fields = fake.messages[0]?.fields;
    const perRecipient = JSON.parse(fields?.['recipient-variables'] as string);
    expect(Object.keys(perRecipient)).toEqual([0, 1, 2].map((index) => `user${index}@example.org`));
    expect(perRecipient['user2@example.org']).toEqual({
      link: 'https://acme.test/i/2',
      'organization.name': 'Org 2',
    });
    expect(fields).toMatchObject({ template: 'invite', 't:variables': '{"product":"Acme"}' });
  });

  it('keeps __proto__, constructor and prototype keys of recipient variables as flattened data', async () => {
    await transport().sendBatch({
      from: `a@${domain}`,
      subject: 's',
      providerTemplate: { name: 'invite', variables: {} },
      recipients: [
        { to: 'ann@example.org', variables: hostileVariables(1) },
        { to: 'bob@example.org', variables: JSON.parse('{ "__proto__": "proto-as-data" }') },
      ],
    });
    const perRecipient = JSON.parse(fake.messages[0]?.fields['recipient-variables'] as string);
    const bob = Object.getOwnPropertyDescriptor(perRecipient['bob@example.org'], '__proto__');
    expect(bob?.value).toBe('proto-as-data');
    expect(perRecipient['ann@example.org']).toMatchObject({
      '__proto__.polluted': 'yes',
      'organization.__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
      'prototype.polluted': 'yes',
      'nested.__proto__.polluted': 'yes',
      'nested.deeper.__proto__': null,
    });
  });
});

describe('errors', () => {
  it('maps an unknown domain to provider_rejected with Mailgun’s words', async () => {
    const error = await rejectionOf(transport({ domain: 'other.example.com' }).send(message));
    expect(error).toMatchObject({ code: 'provider_rejected', status: 404 });
    expect((error as Error).message).toContain('Domain not found');
  });
});

describe('options', () => {
  it.each([
    [{ domain: 'https://mg.example.com' }, /domain/],
    [{ domain: 'mg.example.com/../x' }, /domain/],
    [{ endpoint: 'https://api.mailgun1.net' }, /endpoint must be https on \*\.mailgun\.net/],
    [{ apiKey: '' }, /apiKey/],
  ])('rejects %j at creation', (overrides, pattern) => {
    expect(() => createMailgunTransport({ apiKey, domain, ...overrides })).toThrow(pattern);
  });

  it.each([
    ['https://api.mailgun.net', 'https://api.mailgun.net'],
    ['https://api.eu.mailgun.net/', 'https://api.eu.mailgun.net'],
    ['HTTPS://API.MAILGUN.NET', 'https://api.mailgun.net'],
    ['https://API.EU.Mailgun.Net/', 'https://api.eu.mailgun.net'],
    ['https://api\uff0emailgun\uff0enet', 'https://api.mailgun.net'],
    ['https://api.mailgun.net:443/', 'https://api.mailgun.net'],
    ['https://api.mailgun.net\\prefix', 'https://api.mailgun.net/prefix'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080', true],
  ])('hands the client %j as %j', (endpoint, normalised, allowCustomEndpoint = false) => {
    const options = { apiKey, domain, endpoint, allowCustomEndpoint };
    expect(resolveMailgunOptions(options).endpoint).toBe(normalised);
  });
});
