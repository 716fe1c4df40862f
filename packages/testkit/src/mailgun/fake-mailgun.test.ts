process.env.NO_PROXY = '127.0.0.1,localhost';

import { gzipSync } from 'node:zlib';
import type { MailgunMessageData } from 'mailgun.js/definitions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../rejection.js';
import { closesWithin, mailgunClient } from '../test-clients.js';
import { type FakeMailgun, mailgunMaxBodyBytes, startFakeMailgun } from './fake-mailgun.js';

const domain = 'mg.example.com';
const subject = 'Hello 안녕 ✓ 🎉';
const from = 'Sender Name <sender@mg.example.com>';
const plain = { from, to: 'alice@example.org', subject, text: 'Plain body' };
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toUTCString();
const invalidAddress = (field: string) =>
  `'${field}' parameter is not a valid address. please check documentation`;
const addresses = (count: number) => Array.from({ length: count }, (_, i) => `u${i}@example.org`);

let fake: FakeMailgun;

beforeEach(async () => {
  fake = await startFakeMailgun({ apiKey: 'key-test123', domains: [domain] });
});

afterEach(() => fake.close());

const send = (data: MailgunMessageData, options: { key?: string; timeout?: number } = {}) =>
  mailgunClient(fake, options).messages.create(domain, data);

describe('startFakeMailgun with mailgun.js', () => {
  it('names the forms the key takes on its wire: the key, and the Basic-auth value mailgun.js sends', async () => {
    await send(plain);
    const forms = fake.secretForms(fake.apiKey);
    expect(forms[0]).toBe(fake.apiKey);
    expect(fake.requests[0]?.headers.authorization).toBe(`Basic ${forms[1]}`);
  });

  it('accepts a message and records exactly the fields that arrived', async () => {
    const result = await send({
      from,
      to: ['Alice <alice@example.org>', 'bob@example.org'],
      cc: 'carol@example.org',
      subject,
      text: 'Plain body',
      html: '<p>HTML body</p>',
      'h:Reply-To': 'Support <support@example.com>',
      'o:tag': ['welcome', 'auth'],
      'o:tracking-clicks': 'no',
    });

    expect(result).toEqual({
      status: 200,
      id: expect.stringMatching(/^<\d{14}\.[0-9a-f]{16}@mg\.example\.com>$/),
      message: 'Queued. Thank you.',
    });
    expect(fake.messages).toHaveLength(1);
    const [message] = fake.messages;
    expect(message).toMatchObject({
      id: result.id,
      method: 'POST',
      path: '/v3/mg.example.com/messages',
      domain,
      authUser: 'api',
      files: [],
    });
    expect(message?.fields).toEqual({
      from,
      to: ['Alice <alice@example.org>', 'bob@example.org'],
      cc: 'carol@example.org',
      subject,
      text: 'Plain body',
      html: '<p>HTML body</p>',
      'h:Reply-To': 'Support <support@example.com>',
      'o:tag': ['welcome', 'auth'],
      'o:tracking-clicks': 'no',
    });
    expect(message?.headers['content-type']).toMatch(
      /^multipart\/form-data; boundary=-+[0-9a-f]+$/,
    );
    expect(message?.headers.authorization).toBe('Basic YXBpOmtleS10ZXN0MTIz');
    expect(fake.requests[0]?.body.includes(Buffer.from(subject, 'utf8'))).toBe(true);
    expect(fake.requests.map((r) => r.status)).toEqual([200]);
  });

  it('records templates with their variables, and file parts', async () => {
    await send({
      ...plain,
      text: undefined,
      template: 'welcome',
      't:version': 'v2',
      't:variables': JSON.stringify({ name: '안녕', items: [1, 2] }),
      'h:X-Mailgun-Variables': JSON.stringify({ user_id: 42 }),
      attachment: [
        { filename: 'report.csv', data: Buffer.from('a,b\n1,2\n'), contentType: 'text/csv' },
      ],
      inline: { filename: 'logo.png', data: Buffer.from([0x89, 0x50]), contentType: 'image/png' },
    } as MailgunMessageData);

    const [message] = fake.messages;
    expect(message?.fields).toMatchObject({
      template: 'welcome',
      't:version': 'v2',
      't:variables': '{"name":"안녕","items":[1,2]}',
      'h:X-Mailgun-Variables': '{"user_id":42}',
    });
    expect(message?.fields.text).toBeUndefined();
    expect(message?.files).toEqual([
      {
        field: 'attachment',
        filename: 'report.csv',
        contentType: 'text/csv',
        data: Buffer.from('a,b\n1,2\n'),
      },
      {
        field: 'inline',
        filename: 'logo.png',
        contentType: 'image/png',
        data: Buffer.from([0x89, 0x50]),
      },
    ]);
  });

  it('serves a base URL with a path prefix', async () => {
    const client = mailgunClient({ ...fake, url: `${fake.url}/mailgun-fake` });
    await client.messages.create(domain, plain);
    expect(fake.messages[0]?.path).toBe('/mailgun-fake/v3/mg.example.com/messages');
  });

  it('accepts any domain when no domains are given', async () => {
    const open = await startFakeMailgun({ apiKey: 'key-open' });
    try {
      await mailgunClient(open).messages.create('anything.example', plain);
      expect(open.messages.map((m) => m.domain)).toEqual(['anything.example']);
    } finally {
      await open.close();
    }
  });

  it('answers a wrong key with 401 text/plain Forbidden', async () => {
    const error = await rejectionOf(send(plain, { key: 'key-wrong' }));

    expect(error).toMatchObject({
      type: 'MailgunAPIError',
      status: 401,
      message: 'Unauthorized',
      details: 'Forbidden',
    });
    expect(fake.messages).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([401]);
  });

  it('answers an unknown domain with 404 Domain not found', async () => {
    const error = await rejectionOf(
      mailgunClient(fake).messages.create('other.example.com', plain),
    );

    expect(error).toMatchObject({
      type: 'MailgunAPIError',
      status: 404,
      message: 'Not Found',
      details: 'Domain not found: other.example.com',
    });
    expect(fake.messages).toHaveLength(0);
  });

  it.each<[string, MailgunMessageData, string]>([
    ['no from', { to: 'alice@example.org', subject, text: 't' }, 'from parameter is missing'],
    ['no to', { from, subject, text: 't' }, 'to parameter is missing'],
    [
      'no text, html, amp-html or template',
      { ...plain, text: '' },
      "Need at least one of 'text', 'html', 'amp-html' or 'template' parameters specified",
    ],
    ['to without a domain', { ...plain, to: 'ann@' }, invalidAddress('to')],
    ['to without a local part', { ...plain, to: 'Ann <@example.org>' }, invalidAddress('to')],
    ['to without @', { ...plain, to: 'ann' }, invalidAddress('to')],
    ['to with a domain without a dot', { ...plain, to: 'ann@localhost' }, invalidAddress('to')],
    [
      'to with a header after CR/LF',
      { ...plain, to: 'ann@example.org\r\nBcc: evil@attacker.test' },
      invalidAddress('to'),
    ],
    [
      'a bad address in a to list',
      { ...plain, to: ['bob@example.org', 'ann@example.org, carol@'] },
      invalidAddress('to'),
    ],
    ['a bad cc', { ...plain, cc: 'carol@' }, invalidAddress('cc')],
    ['a bad from', { ...plain, from: 'Acme <no-reply@>' }, invalidAddress('from')],
    ['1,001 to fields', { ...plain, to: addresses(1001) }, 'Too many recipients, max is 1000'],
    [
      '1,001 recipients over comma lists, cc and bcc',
      { ...plain, to: addresses(600).join(', '), cc: addresses(400), bcc: 'x@example.org' },
      'Too many recipients, max is 1000',
    ],
    [
      'recipient-variables that are not JSON',
      { ...plain, 'recipient-variables': '{not json' },
      "'recipient-variables' parameter is not a valid JSON",
    ],
    [
      't:variables that are not a JSON object',
      { ...plain, 't:variables': '[1,2]' },
      "Invalid template variables. Template variables must be valid json. got: '[1,2]'",
    ],
    [
      'h:X-Mailgun-Variables that are not JSON',
      { ...plain, 'h:X-Mailgun-Variables': 'user=1' },
      "'h:X-Mailgun-Variables' parameter is not a valid JSON",
    ],
    [
      'options over 16 kB',
      { ...plain, 'v:blob': 'x'.repeat(16 * 1024) },
      'Send options (parameters starting with o:, h:, or v:) are limited to 16 kB total',
    ],
    [
      'a delivery time 4 days ahead',
      { ...plain, 'o:deliverytime': inDays(4) },
      'Specific delivery time must not be farther than 3 days from now',
    ],
  ])('answers %s with 400 and Mailgun’s message', async (_, data, details) => {
    const error = await rejectionOf(send(data));

    expect(error).toMatchObject({
      type: 'MailgunAPIError',
      status: 400,
      message: 'Bad Request',
      details,
    });
    expect(fake.messages).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([400]);
  });

  it('accepts what is just within the limits', async () => {
    const deliverytime = inDays(2);
    const optionsBytes = 'v:blob'.length + 'o:deliverytime'.length + deliverytime.length;
    await send({
      ...plain,
      to: [
        ...addresses(997),
        '"Doe, Jane" <jane@example.org>',
        '"Say \\"hi\\", Al" <al@example.org>',
      ],
      cc: 'x@example.org',
      'recipient-variables': '{}',
      'v:blob': 'x'.repeat(16 * 1024 - optionsBytes),
      'o:deliverytime': deliverytime,
    });
    expect(fake.messages).toHaveLength(1);
  });

  it('answers a body over 25 MB with 413', async () => {
    const attachment = { filename: 'big.bin', data: Buffer.alloc(mailgunMaxBodyBytes + 1) };
    const error = await rejectionOf(send({ ...plain, attachment }));

    expect(error).toMatchObject({
      status: 413,
      message: 'Payload Too Large',
      details: 'request entity too large',
    });
    expect(fake.messages).toHaveLength(0);
  });

  describe('faults', () => {
    it('answers 429 with Retry-After (mailgun.js surfaces the status, not the header)', async () => {
      const fault = {
        status: 429,
        body: { message: 'Too many requests' },
        headers: { 'Retry-After': '2' },
      };
      fake.fail(fault);

      const error = await rejectionOf(send(plain));

      expect(error).toMatchObject({
        type: 'MailgunAPIError',
        status: 429,
        message: 'Too Many Requests',
        details: 'Too many requests',
      });
      expect(fake.requests).toMatchObject([{ status: 429, fault }]);
      expect(fake.messages).toHaveLength(0);
    });

    it.each([
      [{ status: 500, body: '<html>oops</html>' }, 'Internal Server Error', '<html>oops</html>'],
      [{ status: 502 }, 'Bad Gateway', 'Request failed with status code 502'],
      [
        { status: 503, body: { message: 'Service Unavailable' } },
        'Service Unavailable',
        'Service Unavailable',
      ],
    ])('answers %o as the client reports it', async (fault, message, details) => {
      fake.fail(fault);
      const error = await rejectionOf(send(plain));
      expect(error).toMatchObject({ status: fault.status, message, details });
      expect(fake.messages).toHaveLength(0);
    });

    it('applies a fault to the next `times` requests only', async () => {
      fake.fail({ status: 503 }, { times: 2 });

      await rejectionOf(send(plain));
      await rejectionOf(send(plain));
      await send(plain);

      expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(fake.messages).toHaveLength(1);
    });

    it('answers normally after a delay, and records the message', async () => {
      fake.fail({ delayMs: 30 });
      const result = await send(plain);
      expect(result.id).toBe(fake.messages[0]?.id);
      expect(fake.requests[0]?.fault).toEqual({ delayMs: 30 });
    });

    it('lets the client time out while the server has already accepted the message', async () => {
      fake.fail({ delayMs: 10_000 });

      const error = await rejectionOf(send(plain, { timeout: 100 }));

      expect(error).toMatchObject({ status: 400, message: 'ECONNABORTED' });
      expect(fake.messages).toHaveLength(1);
      expect(await closesWithin(fake.close(), 1000)).toBe('closed');
    });

    it('drops the connection: the client reports ECONNRESET as status 400', async () => {
      fake.fail({ drop: true });

      const error = await rejectionOf(send(plain));

      expect(error).toMatchObject({
        status: 400,
        message: 'ECONNRESET',
        details: 'socket hang up',
      });
      expect(fake.requests).toMatchObject([{ status: null }]);
      expect(fake.messages).toHaveLength(0);
    });

    it('answers a non-JSON 200, which mailgun.js resolves without an id', async () => {
      fake.fail({ nonJson: true });
      const result = await send(plain);
      expect(result).toEqual({ status: 200, message: '<html>ok</html>' });
      expect(fake.messages).toHaveLength(0);
    });

    it('answers a 200 without an id for noId', async () => {
      fake.fail({ noId: true });
      const result = await send(plain);
      expect(result).toEqual({ status: 200, message: 'Queued. Thank you.' });
      expect(result.id).toBeUndefined();
      expect(fake.messages).toHaveLength(0);
    });
  });

  it('close() resolves while mailgun.js holds a keep-alive socket, and stops serving', async () => {
    await send(plain);

    expect(await closesWithin(fake.close(), 1000)).toBe('closed');
    const error = await rejectionOf(send(plain));
    expect(error).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^ECONN(RESET|REFUSED)$/),
    });
  });
});

describe('startFakeMailgun over plain HTTP', () => {
  const auth = (key: string, user = 'api') =>
    `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;
  const form = () =>
    new URLSearchParams([
      ['from', from],
      ['to', 'alice@example.org'],
      ['to', 'bob@example.org'],
      ['subject', subject],
      ['text', 'a + b & c'],
    ]);

  it('accepts an application/x-www-form-urlencoded body, repeated fields as arrays', async () => {
    const response = await fetch(`${fake.url}/v3/${domain}/messages`, {
      method: 'POST',
      headers: { Authorization: auth('key-test123') },
      body: form(),
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { id: string; message: string };
    expect(body).toEqual({ id: fake.messages[0]?.id, message: 'Queued. Thank you.' });
    expect(fake.messages[0]?.fields).toEqual({
      from,
      to: ['alice@example.org', 'bob@example.org'],
      subject,
      text: 'a + b & c',
    });
  });

  it('accepts a gzip-encoded body', async () => {
    const response = await fetch(`${fake.url}/v3/${domain}/messages`, {
      method: 'POST',
      headers: {
        Authorization: auth('key-test123'),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Encoding': 'gzip',
      },
      body: gzipSync(form().toString()),
    });
    expect(response.status).toBe(200);
    expect(fake.messages[0]?.fields.subject).toBe(subject);
  });

  it('answers 401 text/plain Forbidden to a user other than api', async () => {
    const response = await fetch(`${fake.url}/v3/${domain}/messages`, {
      method: 'POST',
      headers: { Authorization: auth('key-test123', 'user') },
      body: form(),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Forbidden');
  });

  it('answers GET / with Mailgun Magnificent API, and unknown routes with 404', async () => {
    const root = await fetch(`${fake.url}/`);
    expect([root.status, await root.text()]).toEqual([200, 'Mailgun Magnificent API']);

    const other = await fetch(`${fake.url}/v3/domains`, {
      headers: { Authorization: auth('key-test123') },
    });
    expect(other.status).toBe(404);
    expect(fake.messages).toHaveLength(0);
  });
});
