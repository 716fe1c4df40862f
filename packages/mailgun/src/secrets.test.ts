import type { OutgoingBatch, OutgoingEmail } from '@authmail/core';
import { type FakeMailgun, type MailgunFault, startFakeMailgun } from '@authmail/testkit';
import {
  bodiesAroundEveryCut,
  echoOf,
  expectSecretFreeError,
  leakForms,
  rejectionOf,
  watchConsoleForSecrets,
} from '@authmail/testkit/conformance';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailgunMailer } from './config.js';
import { mailgunError, missingIdError } from './errors.js';
import { createMailgunTransport } from './transport.js';

const apiKey = 'key-secret-7d41c0ffee9a8b7c6d5e4f3a2b1c0d9e';
const wrongKey = 'key-wrong-0badc0de0badc0de0badc0de0badc0de';
const domain = 'mg.example.com';

const secrets = [...leakForms(apiKey), ...leakForms(wrongKey)];

/** A provider (or proxy) that echoes the credentials it got back in its answer. */
const echo = echoOf(apiKey);

const faults: [string, MailgunFault][] = [
  ['400 echoing the key', { status: 400, body: { message: echo } }],
  ['401 echoing the key', { status: 401, body: echo }],
  ['403', { status: 403, body: { message: `Domain not allowed for ${apiKey}` } }],
  ['404', { status: 404, body: { message: echo } }],
  ['413', { status: 413, body: { message: 'request entity too large' } }],
  [
    '429 with Retry-After',
    { status: 429, body: { message: echo }, headers: { 'Retry-After': '1' } },
  ],
  ['500 HTML', { status: 500, body: `<html>${echo}</html>` }],
  ['502 empty', { status: 502 }],
  ['503', { status: 503, body: { message: echo } }],
  ['dropped connection', { drop: true }],
  ['slow answer past the timeout', { delayMs: 1000 }],
  ['non-JSON 200 echoing the key', { nonJson: true, body: `<html>${echo}</html>` }],
  ['non-JSON 500', { nonJson: true, status: 500, body: echo }],
  ['200 without an id', { noId: true }],
];

let fake: FakeMailgun;

beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey, domains: [domain] });
});
afterAll(() => fake.close());
beforeEach(() => fake.clear());
watchConsoleForSecrets(secrets);

const expectClean = (error: unknown) => expectSecretFreeError(error, secrets);

const message: OutgoingEmail = {
  to: 'ann@example.org',
  from: 'Acme <no-reply@mg.example.com>',
  subject: 'Your code',
  text: 'Code 482913',
};
const batch: OutgoingBatch = {
  from: 'Acme <no-reply@mg.example.com>',
  subject: 'Join',
  providerTemplate: { name: 'invite', variables: {} },
  recipients: [{ to: 'ann@example.org', variables: { link: 'https://acme.test/i' } }],
};

const transport = (key = apiKey, endpoint = fake.url) =>
  createMailgunTransport({
    apiKey: key,
    domain,
    endpoint,
    allowCustomEndpoint: true,
    timeoutMs: 200,
  });

describe('the Mailgun API key never leaks', () => {
  it.each(faults)('%s (send and sendBatch)', async (_, fault) => {
    fake.fail(fault, { times: 2 });
    expectClean(await rejectionOf(transport().send(message)));
    expectClean(await rejectionOf(transport().sendBatch(batch)));
  });

  it('a wrong key', async () => {
    const error = await rejectionOf(transport(wrongKey).send(message));
    expect(error).toMatchObject({ code: 'unauthorized' });
    expectClean(error);
  });

  it('a closed port', async () => {
    const closed = await startFakeMailgun({ apiKey });
    await closed.close();
    const error = await rejectionOf(transport(apiKey, closed.url).send(message));
    expect(error).toMatchObject({ code: 'network' });
    expectClean(error);
  });

  it('through the mailer, and in config errors', async () => {
    fake.fail({ status: 401, body: echo });
    const mailer = createMailgunMailer(
      {
        apiKey,
        domain,
        from: 'Acme <no-reply@mg.example.com>',
        endpoint: fake.url,
        allowCustomEndpoint: true,
        deliveries: { Generic: { subject: 'Code', html: '<p>{{code}}</p>' } },
      },
      {},
    );
    expectClean(
      await rejectionOf(
        mailer.send({ to: 'ann@example.org', usageType: 'Generic', variables: { code: '1' } }),
      ),
    );
    for (const endpoint of [
      `https://api:${apiKey}@api.mailgun.net`,
      `https://evil.test/?k=${apiKey}`,
    ]) {
      let error: unknown;
      try {
        createMailgunTransport({ apiKey, domain, endpoint });
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ code: 'invalid_config' });
      expectClean(error);
    }
  });
});

describe('no cut ever leaves part of the key: answers of every length', () => {
  /** What mailgun.js rejects with for an answer whose body is not JSON. */
  const apiError = (status: number, body: string) => ({
    type: 'MailgunAPIError',
    status,
    message: 'Internal Server Error',
    details: body,
  });

  it('bodies of 0 to 2,000 characters, the key at every offset', () => {
    let checked = 0;
    for (const body of bodiesAroundEveryCut(echo)) {
      for (const error of [
        mailgunError(apiError(500, body), apiKey),
        mailgunError(new Error(body), apiKey),
        missingIdError({ message: body }, apiKey),
      ]) {
        expectSecretFreeError(error, secrets, { log: false });
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('through the real client, around the lengths an error keeps', async () => {
    const lengths = [0, 150, 199, 200, 201, 250, 999, 1000, 1001, 1500, 2000];
    for (const length of lengths) {
      const body = 'x'.repeat(Math.max(0, length - echo.length)) + echo;
      fake.fail({ status: 500, body });
      expectClean(await rejectionOf(transport().send(message)));
    }
  });
});
