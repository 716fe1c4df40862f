import type { OutgoingBatch, OutgoingEmail } from '@authmail/core';
import { type FakeSendGrid, type Fault, startFakeSendGrid } from '@authmail/testkit';
import {
  bodiesAroundEveryCut,
  echoOf,
  expectSecretFreeError,
  leakForms,
  rejectionOf,
  watchConsoleForSecrets,
} from '@authmail/testkit/conformance';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendGridMailer } from './config.js';
import { sendGridError } from './errors.js';
import { createSendGridTransport } from './transport.js';

const apiKey = 'SG.secret-7d41c0ffee9a8b7c.6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a';
const wrongKey = 'SG.wrong-0badc0de0badc0de.0badc0de0badc0de0badc0de0badc0de';

const secrets = [...leakForms(apiKey), ...leakForms(wrongKey)];

/** A provider (or proxy) that echoes the credentials it got back in its answer. */
const echo = echoOf(apiKey);
const errors = (field: string | null) => ({ errors: [{ message: echo, field, help: echo }] });

const faults: [string, Fault][] = [
  ['400 echoing the key', { status: 400, body: errors(`personalizations.${apiKey}`) }],
  ['401 echoing the key', { status: 401, body: errors(null) }],
  ['403', { status: 403, body: errors('from') }],
  ['404', { status: 404, body: echo }],
  ['413', { status: 413, body: { errors: [{ message: 'too large', field: null }] } }],
  [
    '429 with rate-limit headers',
    {
      status: 429,
      body: errors(null),
      headers: { 'Retry-After': '1', 'X-RateLimit-Limit': apiKey, 'X-RateLimit-Reset': echo },
    },
  ],
  ['500 HTML', { status: 500, body: `<html>${echo}</html>` }],
  ['502 empty', { status: 502 }],
  ['503', { status: 503, body: errors(null) }],
  ['dropped connection', { drop: true }],
  ['slow answer past the timeout', { delayMs: 1000 }],
  ['non-JSON 200', { nonJson: true, body: `<html>${echo}</html>` }],
  ['non-JSON 500', { nonJson: true, status: 500, body: echo }],
];

let fake: FakeSendGrid;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey });
});
afterAll(() => fake.close());
beforeEach(() => fake.clear());
watchConsoleForSecrets(secrets);

const expectClean = (error: unknown) => expectSecretFreeError(error, secrets);

const message: OutgoingEmail = {
  to: 'ann@example.org',
  from: 'Acme <no-reply@acme.test>',
  subject: 'Your code',
  text: 'Code 482913',
};
const batch: OutgoingBatch = {
  from: 'Acme <no-reply@acme.test>',
  subject: 'Join',
  providerTemplate: { name: 'd-invite', variables: {} },
  recipients: [{ to: 'ann@example.org', variables: { link: 'https://acme.test/i' } }],
};

const transport = (key = apiKey, baseUrl = fake.url) =>
  createSendGridTransport({ apiKey: key, baseUrl, allowCustomBaseUrl: true, timeoutMs: 200 });

describe('the SendGrid API key never leaks', () => {
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
    const closed = await startFakeSendGrid({ apiKey });
    await closed.close();
    const error = await rejectionOf(transport(apiKey, closed.url).send(message));
    expect(error).toMatchObject({ code: 'network' });
    expectClean(error);
  });

  it('through the mailer, and in config errors', async () => {
    fake.fail({ status: 401, body: errors(null) });
    const mailer = createSendGridMailer({
      apiKey,
      fromEmail: 'no-reply@acme.test',
      baseUrl: fake.url,
      allowCustomBaseUrl: true,
      templates: ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) => ({
        usageType: usageType as 'Generic',
        type: 'text/plain' as const,
        subject: 'Code',
        content: '{{code}}',
      })),
    });
    expectClean(
      await rejectionOf(
        mailer.send({ to: 'ann@example.org', usageType: 'Generic', variables: { code: '1' } }),
      ),
    );
    for (const baseUrl of [
      `https://apikey:${apiKey}@api.sendgrid.com`,
      `https://evil.test/?k=${apiKey}`,
    ]) {
      let error: unknown;
      try {
        createSendGridTransport({ apiKey, baseUrl });
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ code: 'invalid_config' });
      expectClean(error);
    }
  });
});

describe('no cut ever leaves part of the key: answers of every length', () => {
  /** What @sendgrid/client rejects with for an answer whose body is not JSON. */
  const responseError = (status: number, body: string) => ({
    code: status,
    message: 'Internal Server Error',
    response: { headers: { 'x-ratelimit-limit': body }, body },
  });

  it('non-JSON bodies of 0 to 2,000 characters, the key at every offset', () => {
    let checked = 0;
    for (const body of bodiesAroundEveryCut(echo)) {
      for (const status of [429, 500]) {
        expectSecretFreeError(sendGridError(responseError(status, body), apiKey), secrets, {
          log: false,
        });
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('through the real client, around the lengths an error keeps', async () => {
    const lengths = [0, 250, 480, 499, 500, 501, 520, 999, 1000, 1001, 1500, 2000];
    for (const length of lengths) {
      const body = 'x'.repeat(Math.max(0, length - echo.length)) + echo;
      fake.fail({ nonJson: true, status: 500, body });
      expectClean(await rejectionOf(transport().send(message)));
    }
  });
});
