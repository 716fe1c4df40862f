process.env.NO_PROXY = '127.0.0.1,localhost';

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingCall } from '../fake-server.js';
import { type FakeSes, startFakeSes } from './fake-ses.js';
import { expectedSignature } from './sigv4.js';

// The fake against @aws-sdk/client-sesv2 itself is tested in packages/ses (wire and
// conformance tests); here, hand-signed requests reach each of its rules.
const secretAccessKey = 'fake-ses-test-secret';
let fake: FakeSes;

beforeAll(async () => {
  fake = await startFakeSes({ secretAccessKey, region: 'eu-west-1' });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const amzDate = () =>
  new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

interface Signing {
  keyId?: string;
  region?: string;
  service?: string;
  secret?: string;
}

/** POSTs `body` to `path`, signed as the SDK signs (or as `signing` changes it). */
async function post(path: string, body: unknown, signing: Signing = {}) {
  const text = JSON.stringify(body);
  const date = amzDate();
  const { host } = new URL(fake.url);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host,
    'x-amz-content-sha256': createHash('sha256').update(text).digest('hex'),
    'x-amz-date': date,
  };
  const signed = Object.keys(headers).sort().join(';');
  const scope = `${date.slice(0, 8)}/${signing.region ?? 'eu-west-1'}/${signing.service ?? 'ses'}/aws4_request`;
  const call = {
    method: 'POST',
    path,
    headers,
    body: Buffer.from(text),
  } as unknown as IncomingCall;
  const signature = expectedSignature(call, signed, date, scope, signing.secret ?? secretAccessKey);
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${signing.keyId ?? fake.accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`;
  const response = await fetch(`${fake.url}${path}`, { method: 'POST', headers, body: text });
  return {
    status: response.status,
    error: response.headers.get('x-amzn-errortype')?.split(':')[0],
    body: (await response.json()) as Record<string, unknown>,
  };
}

const email = {
  FromEmailAddress: 'Acme <no-reply@acme.test>',
  Destination: { ToAddresses: ['ann@example.org'] },
  Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
};
const sendEmail = (body: unknown, signing?: Signing) =>
  post('/v2/email/outbound-emails', body, signing);

describe('SigV4', () => {
  it.each([
    ['another access key id', { keyId: 'AKIAOTHER' }, 'UnrecognizedClientException'],
    ['another region', { region: 'us-east-1' }, 'InvalidSignatureException'],
    ['another service', { service: 'email' }, 'InvalidSignatureException'],
    ['another secret', { secret: 'wrong' }, 'InvalidSignatureException'],
  ])('refuses %s with 403 %s, recording nothing', async (_, signing, name) => {
    expect(await sendEmail(email, signing)).toMatchObject({ status: 403, error: name });
    expect(fake.messages).toHaveLength(0);
  });

  it('refuses a request without Authorization: 403 MissingAuthenticationTokenException', async () => {
    const response = await fetch(`${fake.url}/v2/email/outbound-emails`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(
      /^MissingAuthenticationTokenException:/,
    );
  });
});

describe('SendEmail', () => {
  it('answers 200 with a MessageId and records the message', async () => {
    const answer = await sendEmail(email);
    expect(answer).toMatchObject({ status: 200, body: { MessageId: fake.messages[0]?.id } });
  });

  it.each([
    ['no sender', { ...email, FromEmailAddress: undefined }, 'BadRequestException'],
    [
      'a non-ASCII display name',
      { ...email, FromEmailAddress: 'Ä <a@acme.test>' },
      'BadRequestException',
    ],
    [
      'a comma list',
      { ...email, Destination: { ToAddresses: ['a@x.test, b@x.test'] } },
      'BadRequestException',
    ],
    [
      'no subject',
      { ...email, Content: { Simple: { Body: { Text: { Data: 't' } } } } },
      'BadRequestException',
    ],
    [
      'two kinds of content',
      { ...email, Content: { ...email.Content, Template: { TemplateName: 't' } } },
      'BadRequestException',
    ],
    [
      'a tag with a space',
      { ...email, EmailTags: [{ Name: 'a b', Value: '1' }] },
      'BadRequestException',
    ],
    [
      'template data that is not JSON',
      { ...email, Content: { Template: { TemplateName: 't', TemplateData: '{' } } },
      'BadRequestException',
    ],
    [
      '51 recipients',
      {
        ...email,
        Destination: { ToAddresses: Array.from({ length: 51 }, (_, i) => `u${i}@x.test`) },
      },
      'MessageRejected',
    ],
  ])('refuses %s: 400 %s', async (_, body, name) => {
    expect(await sendEmail(body)).toMatchObject({ status: 400, error: name });
    expect(fake.messages).toHaveLength(0);
  });
});

describe('SendBulkEmail', () => {
  const bulk = (count: number) => ({
    FromEmailAddress: 'no-reply@acme.test',
    DefaultContent: { Template: { TemplateName: 'invite', TemplateData: '{}' } },
    BulkEmailEntries: Array.from({ length: count }, (_, i) => ({
      Destination: { ToAddresses: [`u${i}@x.test`] },
    })),
  });

  it('answers one result per entry, refusing the recipients it was told to', async () => {
    fake.refuseRecipient('U1@x.test', 'MESSAGE_REJECTED', 'suppressed');
    const answer = await post('/v2/email/outbound-bulk-emails', bulk(2));
    expect(answer.body.BulkEmailEntryResults).toEqual([
      { Status: 'SUCCESS', MessageId: fake.messages[0]?.id },
      { Status: 'MESSAGE_REJECTED', Error: 'suppressed' },
    ]);
  });

  it('refuses 51 entries and a batch without a template: 400 BadRequestException', async () => {
    expect(await post('/v2/email/outbound-bulk-emails', bulk(51))).toMatchObject({
      status: 400,
      error: 'BadRequestException',
    });
    const untemplated = { ...bulk(1), DefaultContent: {} };
    expect(await post('/v2/email/outbound-bulk-emails', untemplated)).toMatchObject({
      status: 400,
      error: 'BadRequestException',
    });
  });
});
