import { type FakePostmark, rejectionOf, startFakePostmark } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPostmarkMailer, createPostmarkTransport } from './index.js';

const serverToken = 'b6d3f0a2-9c4e-4d1b-8e7a-2f5c9d0e1a3b';
const suppressed = 'bob@example.org';
let fake: FakePostmark;

beforeAll(async () => {
  fake = await startFakePostmark({
    serverToken,
    suppressed: [suppressed],
    templates: ['invite', 'code', '4242'],
    messageStreams: ['outbound', 'auth'],
  });
});
afterEach(() => fake.clear());
afterAll(() => fake.close());

const transport = (options: { messageStream?: string } = {}) =>
  createPostmarkTransport({ serverToken, baseUrl: fake.url, allowCustomBaseUrl: true, ...options });
const email = {
  from: 'Acme <no-reply@acme.test>',
  to: '"Doe, Jane" <jane@example.org>',
  subject: 'Your code',
  html: '<p>1</p>',
  text: '1',
};

describe('Postmark wire fields', () => {
  it('sends /email with tracking off, the outbound stream, the first tag and the correlation id in Metadata', async () => {
    await transport().send({
      ...email,
      tags: ['SignIn', 'Other'],
      correlationId: 'c-1',
      headers: { 'X-A': 'b' },
    });
    const [recorded] = fake.messages;
    expect(recorded?.endpoint).toBe('/email');
    expect(recorded?.accepted[0]).toMatchObject({
      From: 'Acme <no-reply@acme.test>',
      To: '"Doe, Jane" <jane@example.org>',
      MessageStream: 'outbound',
      TrackOpens: false,
      TrackLinks: 'None',
      Tag: 'SignIn',
      Headers: [{ Name: 'X-A', Value: 'b' }],
      Metadata: { authmail_correlation: 'c-1' },
    });
  });

  it('sends provider templates to /email/withTemplate by alias, or by id when the name is a number', async () => {
    const send = transport({ messageStream: 'auth' });
    const variables = { code: '1' };
    await send.send({ ...email, providerTemplate: { name: 'code', variables } });
    await send.send({ ...email, providerTemplate: { name: '4242', variables } });
    expect(fake.messages.map(({ endpoint, accepted: [message] }) => [endpoint, message])).toEqual([
      [
        '/email/withTemplate',
        expect.objectContaining({
          TemplateAlias: 'code',
          TemplateModel: variables,
          MessageStream: 'auth',
        }),
      ],
      [
        '/email/withTemplate',
        expect.objectContaining({ TemplateId: 4242, TemplateModel: variables }),
      ],
    ]);
  });

  it('maps a suppressed recipient (HTTP 422, ErrorCode 406) to provider_rejected saying suppressed', async () => {
    const error = await rejectionOf(transport().send({ ...email, to: suppressed }));
    expect(error).toMatchObject({
      code: 'provider_rejected',
      retryable: false,
      status: 422,
      message: expect.stringMatching(
        /^Postmark answered 422: the recipient is suppressed .*\(ErrorCode 406\)$/,
      ),
      details: { errorCode: 406 },
    });
  });

  it('maps an unknown message stream (422) to provider_rejected, and a bad token (ErrorCode 10) to unauthorized', async () => {
    await expect(transport({ messageStream: 'nope' }).send(email)).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 422,
    });
    const wrong = createPostmarkTransport({
      serverToken: 'wrong',
      baseUrl: fake.url,
      allowCustomBaseUrl: true,
    });
    await expect(wrong.send(email)).rejects.toMatchObject({
      code: 'unauthorized',
      status: 401,
      details: { errorCode: 10 },
    });
  });

  it('gives the suppressed recipient of a batch its own failure and the others success, through sendMany', async () => {
    const mailer = createPostmarkMailer({
      serverToken,
      fromEmail: 'no-reply@acme.test',
      baseUrl: fake.url,
      allowCustomBaseUrl: true,
      templates: (
        ['Register', 'SignIn', 'ForgotPassword', 'Generic', 'OrganizationInvitation'] as const
      ).map((usageType) => ({
        usageType,
        templateAlias: usageType === 'OrganizationInvitation' ? 'invite' : 'code',
      })),
    });
    const organization = { id: 'o', name: 'Org' };
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: ['ann@example.org', suppressed, 'cat@example.org'].map((to, index) => ({
        to,
        variables: { link: `https://acme.test/i/${index}`, organization },
      })),
    });
    expect(results.map(({ to, status }) => [to, status])).toEqual([
      ['ann@example.org', 'fulfilled'],
      [suppressed, 'rejected'],
      ['cat@example.org', 'fulfilled'],
    ]);
    expect(results[1]).toMatchObject({
      reason: {
        code: 'provider_rejected',
        retryable: false,
        message: expect.stringContaining('suppressed'),
      },
    });
    const [request] = fake.messages;
    expect(request?.endpoint).toBe('/email/batchWithTemplates');
    expect(request?.results.map(({ ErrorCode }) => ErrorCode)).toEqual([0, 406, 0]);
    expect(results[0]).toMatchObject({ value: { messageId: request?.results[0]?.MessageID } });
  });
});
