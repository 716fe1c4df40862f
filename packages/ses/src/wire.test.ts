// What is SES's own on the wire; the checks every transport shares are in conformance.test.ts.
import type { OutgoingEmail } from '@authmail/core';
import { type FakeSes, rejectionOf, startFakeSes } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSesTransport } from './transport.js';

const secretAccessKey = 'wire-secret-9f8e7d6c5b4a39281706';
const sessionToken = 'wire-session-token-0a1b2c3d4e5f';
let fake: FakeSes;

beforeAll(async () => {
  fake = await startFakeSes({ secretAccessKey, sessionToken, region: 'eu-west-1' });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const transport = (overrides: Record<string, unknown> = {}) =>
  createSesTransport({
    region: 'eu-west-1',
    credentials: { accessKeyId: fake.accessKeyId, secretAccessKey, sessionToken },
    endpoint: fake.url,
    allowCustomEndpoint: true,
    ...overrides,
  });

const message: OutgoingEmail = {
  to: 'Ann <ann@example.org>',
  from: 'Acme <no-reply@acme.test>',
  replyTo: 'Support <help@acme.test>',
  subject: '482913 is your code',
  text: 'Your code: 482913',
  html: '<p>Your code: <b>482913</b></p>',
  tags: ['SignIn', 'sign in'],
  headers: { 'X-Request-Id': 'req-1' },
  correlationId: 'corr 1/é',
};

const template = {
  name: 'sign-in',
  variables: { code: '1', application: { name: 'Acme' } },
  locale: 'de',
};

describe('SendEmail', () => {
  it('posts simple content, Reply-To, headers and tags, signed for ses in the region', async () => {
    const receipt = await transport({ configurationSetName: 'auth-mail' }).send(message);
    const [arrived] = fake.messages;
    expect(arrived?.path).toBe('/v2/email/outbound-emails');
    expect(arrived?.headers.authorization).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${fake.accessKeyId}/\\d{8}/eu-west-1/ses/aws4_request,`,
      ),
    );
    expect(arrived?.headers['x-amz-security-token']).toBe(sessionToken);
    expect(arrived?.body).toEqual({
      FromEmailAddress: 'Acme <no-reply@acme.test>',
      Destination: { ToAddresses: ['Ann <ann@example.org>'] },
      ReplyToAddresses: ['Support <help@acme.test>'],
      ConfigurationSetName: 'auth-mail',
      Content: {
        Simple: {
          Subject: { Data: '482913 is your code', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'Your code: 482913', Charset: 'UTF-8' },
            Html: { Data: '<p>Your code: <b>482913</b></p>', Charset: 'UTF-8' },
          },
          Headers: [{ Name: 'X-Request-Id', Value: 'req-1' }],
        },
      },
      // Tag names and values allow only [A-Za-z0-9_-]: the rest becomes "_".
      EmailTags: [
        { Name: 'SignIn', Value: 'true' },
        { Name: 'sign_in', Value: 'true' },
        { Name: 'authmail_correlation_id', Value: 'corr_1__' },
      ],
    });
    // The receipt keeps the correlation id as given.
    expect(receipt).toEqual({ messageId: arrived?.id, provider: 'ses', correlationId: 'corr 1/é' });
  });

  it('sends a non-ASCII display name as RFC 2047 encoded words', async () => {
    await transport().send({ ...message, to: '김민지 <minji@example.org>' });
    const body = fake.messages[0]?.body as { Destination: { ToAddresses: string[] } };
    const [to] = body.Destination.ToAddresses;
    expect(to).toBe(`=?UTF-8?B?${Buffer.from('김민지').toString('base64')}?= <minji@example.org>`);
  });

  it('sends a stored template with its variables and the language as TemplateData', async () => {
    await transport().send({
      ...message,
      text: undefined,
      html: undefined,
      providerTemplate: template,
    });
    const body = fake.messages[0]?.body as { Content: unknown };
    expect(body.Content).toEqual({
      Template: {
        TemplateName: 'sign-in',
        TemplateData: JSON.stringify({ locale: 'de', ...template.variables }),
        Headers: [{ Name: 'X-Request-Id', Value: 'req-1' }],
      },
    });
  });
});

describe('SendBulkEmail', () => {
  const batch = (count: number) => ({
    from: 'no-reply@acme.test',
    subject: 'Join us',
    correlationId: 'batch-1',
    providerTemplate: { name: 'invite', variables: { product: 'Acme' }, locale: 'fr' },
    recipients: Array.from({ length: count }, (_, index) => ({
      to: `user${index}@example.org`,
      variables: { link: `https://acme.test/i/${index}` },
    })),
  });

  it('sends one entry per recipient, its data merged over the shared data', async () => {
    const [receipt] = await transport().sendBatch(batch(2));
    const [arrived] = fake.messages;
    expect(arrived?.path).toBe('/v2/email/outbound-bulk-emails');
    expect(arrived?.body).toMatchObject({
      DefaultContent: {
        Template: { TemplateName: 'invite', TemplateData: '{"locale":"fr","product":"Acme"}' },
      },
      DefaultEmailTags: [{ Name: 'authmail_correlation_id', Value: 'batch-1' }],
      BulkEmailEntries: [
        { Destination: { ToAddresses: ['user0@example.org'] } },
        {
          Destination: { ToAddresses: ['user1@example.org'] },
          ReplacementEmailContent: {
            ReplacementTemplate: {
              ReplacementTemplateData:
                '{"locale":"fr","product":"Acme","link":"https://acme.test/i/1"}',
            },
          },
        },
      ],
    });
    expect(receipt?.messageId).toBe(arrived?.id);
  });

  it('goes in requests of at most 50 recipients', async () => {
    await transport().sendBatch(batch(120));
    expect(fake.messages.map((arrived) => arrived.body)).toMatchObject([
      { BulkEmailEntries: expect.toSatisfy((entries: unknown[]) => entries.length === 50) },
      { BulkEmailEntries: expect.toSatisfy((entries: unknown[]) => entries.length === 50) },
      { BulkEmailEntries: expect.toSatisfy((entries: unknown[]) => entries.length === 20) },
    ]);
  });

  it('refuses the batch, not retryable, when SES refused some entries and sent the others', async () => {
    fake.refuseRecipient('user1@example.org');
    const error = await rejectionOf(transport().sendBatch(batch(3)));
    expect(error).toMatchObject({
      code: 'provider_rejected',
      retryable: false,
      details: { refused: [{ to: 'user1@example.org', status: 'MESSAGE_REJECTED' }] },
    });
    expect(
      (error as { details: { sentMessageIds: string[] } }).details.sentMessageIds,
    ).toHaveLength(2);
  });

  it('is rate_limited and retryable when SES throttled every entry', async () => {
    fake.refuseRecipient(
      'user0@example.org',
      'ACCOUNT_THROTTLED',
      'Maximum sending rate exceeded.',
    );
    expect(await rejectionOf(transport().sendBatch(batch(1)))).toMatchObject({
      code: 'rate_limited',
      retryable: true,
    });
  });
});

describe('errors', () => {
  const sesFault = (status: number, name: string, text: string) => ({
    status,
    body: { message: text },
    headers: {
      'x-amzn-ErrorType': `${name}:http://internal.amazon.com/coral/com.amazonaws.sesv2/`,
    },
  });

  it.each([
    [400, 'MessageRejected', 'provider_rejected', false],
    [400, 'MailFromDomainNotVerifiedException', 'provider_rejected', false],
    [404, 'NotFoundException', 'provider_rejected', false],
    [429, 'TooManyRequestsException', 'rate_limited', true],
    [400, 'LimitExceededException', 'rate_limited', true],
    [500, 'InternalFailure', 'provider_unavailable', true],
    [503, 'ServiceUnavailable', 'provider_unavailable', true],
    [403, 'ExpiredTokenException', 'unauthorized', false],
  ] as const)(
    'maps %i %s to %s (retryable: %s), by name',
    async (status, name, code, retryable) => {
      fake.fail(sesFault(status, name, 'reason from SES'));
      const error = await rejectionOf(transport().send(message));
      expect(error).toMatchObject({ code, retryable, status, details: { error: name } });
      expect((error as Error).message).toBe(`SES answered ${name}: reason from SES`);
    },
  );

  it.each([
    ['SendingPausedException', /resume it in the SES console/],
    ['AccountSuspendedException', /contact AWS Support/],
  ])('says what to do about %s, not retryable', async (name, advice) => {
    fake.fail(sesFault(400, name, 'Sending is paused.'));
    const error = await rejectionOf(transport().send(message));
    expect(error).toMatchObject({ code: 'provider_rejected', retryable: false });
    expect((error as Error).message).toMatch(advice);
  });

  it('makes one attempt: the SDK does not retry a 500 itself (maxAttempts: 1)', async () => {
    fake.fail(sesFault(500, 'InternalFailure', 'boom'), { times: 3 });
    await rejectionOf(transport().send(message));
    expect(fake.requests).toHaveLength(1);
  });

  it('is unauthorized when the session token is wrong, showing neither secret', async () => {
    const wrong = transport({
      credentials: {
        accessKeyId: fake.accessKeyId,
        secretAccessKey,
        sessionToken: 'other-token-123456',
      },
    });
    const error = await rejectionOf(wrong.send(message));
    expect(error).toMatchObject({ code: 'unauthorized', status: 403 });
    expect(JSON.stringify(error) + String(error)).not.toMatch(/other-token|wire-secret/);
  });
});

describe('options', () => {
  it.each([
    [{ region: 'eu-west-1.evil.test' }, /^Invalid SES options: region: must be an AWS region/],
    [
      { endpoint: 'https://email.us-east-1.amazonaws.com', allowCustomEndpoint: false },
      /^endpoint must be https on email\.eu-west-1\.amazonaws\.com/,
    ],
    [{ credentials: { accessKeyId: 'AKIA', secretAccessKey: '' } }, /secretAccessKey/],
    [
      { credentials: { accessKeyId: 'AKIA', secretKey: 'x' } },
      /credentials\.secretKey: not an option/,
    ],
    [{ maxAttempts: 3 }, /maxAttempts: not an option/],
  ])('rejects %j at creation', (overrides, pattern) => {
    expect(() => transport(overrides)).toThrow(pattern);
  });

  it('accepts the region host, its FIPS twin and the China suffix without allowCustomEndpoint', () => {
    for (const [region, endpoint] of [
      ['eu-west-1', 'https://email.eu-west-1.amazonaws.com'],
      ['us-east-1', 'https://email-fips.us-east-1.amazonaws.com/'],
      ['cn-north-1', 'https://email.cn-north-1.amazonaws.com.cn'],
    ]) {
      expect(() => createSesTransport({ region: region ?? '', endpoint })).not.toThrow();
    }
  });
});
