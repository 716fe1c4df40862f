import { type FakeSmtp, startFakeSmtp } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpTransport } from './index.js';

const email = {
  from: 'Acme <no-reply@example.com>',
  to: 'Alice <alice@example.org>',
  subject: 'Your code',
  text: 'Code: 123456',
  html: '<p>Code: <b>123456</b></p>',
};

describe('SMTP on the wire', () => {
  let fake: FakeSmtp;
  beforeAll(async () => {
    fake = await startFakeSmtp();
  });
  afterEach(() => fake.clear());
  afterAll(() => fake.close());
  const transport = (extra: object = {}) =>
    createSmtpTransport({
      host: fake.host,
      port: fake.port,
      auth: { user: fake.user, pass: fake.apiKey },
      ...extra,
    });

  it('sends text and html as multipart/alternative, with custom headers (lists repeated) and the envelope', async () => {
    const smtp = transport({ customHeaders: { 'X-Tenant': 'acme', 'X-List': ['a', 'b'] } });
    await smtp.send({ ...email, replyTo: 'help@example.com', correlationId: 'corr-1' });
    const [sent] = fake.messages;
    expect(sent?.contentType).toMatch(/^multipart\/alternative/);
    expect(sent?.envelope).toEqual({ from: 'no-reply@example.com', to: ['alice@example.org'] });
    expect(sent?.user).toBe(fake.user);
    const header = (name: string) =>
      sent?.headers.filter((line) => line.name === name).map(({ value }) => value);
    expect(header('X-Tenant')).toEqual(['acme']);
    expect(header('X-List')).toEqual(['a', 'b']);
    expect(header('X-Authmail-Correlation-Id')).toEqual(['corr-1']);
    expect(header('Reply-To')).toEqual(['help@example.com']);
  });

  it.each([
    [421, '4.3.2 Service shutting down', 'provider_unavailable', true],
    [451, '4.3.0 Temporary failure', 'provider_unavailable', true],
    [450, '4.7.1 Too many messages, slow down', 'rate_limited', true],
    [535, '5.7.8 Authentication credentials invalid', 'unauthorized', false],
    [550, '5.1.1 No such user', 'provider_rejected', false],
    [553, '5.1.3 Bad recipient address syntax', 'provider_rejected', false],
  ])('maps a %i reply to %s', async (reply, text, code, retryable) => {
    fake.fail({ reply, text });
    await expect(transport().send(email)).rejects.toMatchObject({
      code,
      retryable,
      details: { responseCode: reply },
    });
    expect(fake.messages).toEqual([]);
  });

  it('maps a greeting slower than timeoutMs to timeout', async () => {
    fake.fail({ greetingDelayMs: 5_000 });
    await expect(transport({ timeoutMs: 100, pool: false }).send(email)).rejects.toMatchObject({
      code: 'timeout',
      retryable: true,
    });
  });

  it('refuses a provider template as invalid_message and declares no batch', async () => {
    const smtp = transport();
    expect(smtp).not.toHaveProperty('sendBatch');
    expect(smtp.capabilities).toEqual({ maxBatchRecipients: 1, idempotencyKeys: false });
    const sending = smtp.send({ ...email, providerTemplate: { name: 'welcome', variables: {} } });
    await expect(sending).rejects.toMatchObject({ code: 'invalid_message' });
  });

  it('refuses a host with a scheme and an empty password when created', () => {
    expect(() => createSmtpTransport({ host: 'smtp://mail.example.com', port: 587 })).toThrow(
      /host/,
    );
    expect(() =>
      createSmtpTransport({ host: 'mail.example.com', port: 587, auth: { user: 'u', pass: '' } }),
    ).toThrow(/pass/);
  });
});

describe('SMTP with STARTTLS', () => {
  let fake: FakeSmtp;
  beforeAll(async () => {
    fake = await startFakeSmtp({ startTls: true });
  });
  afterAll(() => fake.close());

  it('upgrades with STARTTLS when the certificate is trusted, and fails as network when it is not', async () => {
    const options = {
      host: fake.host,
      port: fake.port,
      auth: { user: fake.user, pass: fake.apiKey },
      requireTLS: true,
    };
    await createSmtpTransport({ ...options, tls: { ca: fake.certificate } }).send(email);
    expect(fake.messages).toHaveLength(1);
    await expect(createSmtpTransport(options).send(email)).rejects.toMatchObject({
      code: 'network',
      retryable: true,
    });
    expect(fake.messages).toHaveLength(1);
  });
});
