process.env.NO_PROXY = '127.0.0.1,localhost';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../rejection.js';
import { closesWithin, sendGridClients } from '../test-clients.js';
import { type FakeSendGrid, startFakeSendGrid } from './fake-sendgrid.js';

const apiKey = 'SG.test-key.abc';
const subject = 'Hello 안녕 ✓ 🎉';
const sender = { email: 'sender@example.com', name: 'Sender Name' };
const plain = { to: 'alice@example.org', from: sender, subject, text: 'Plain body' };
const help = (anchor: string) =>
  `http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#${anchor}`;
const hoursFromNow = (hours: number) => Math.floor(Date.now() / 1000) + hours * 3600;
const to = (...emails: string[]) => ({ to: emails.map((email) => ({ email })) });
const raw = {
  personalizations: [to('alice@example.org')],
  from: { email: 'sender@example.com' },
  subject: 's',
  content: [{ type: 'text/plain', value: 't' }],
};

let fake: FakeSendGrid;

beforeEach(async () => {
  fake = await startFakeSendGrid({ apiKey });
});

afterEach(() => fake.close());

const mail = (key?: string) => sendGridClients(fake, key === undefined ? {} : { key }).mail;
const post = (body: unknown) =>
  sendGridClients(fake).client.request({ method: 'POST', url: '/v3/mail/send', body });

describe('startFakeSendGrid with @sendgrid/mail', () => {
  it('names the forms the key takes on its wire: the key, and the Authorization value the client sends', async () => {
    await mail().send(plain);
    const forms = fake.secretForms(fake.apiKey);
    expect(forms[0]).toBe(fake.apiKey);
    expect(fake.requests[0]?.headers.authorization).toBe(forms[1]);
  });

  it('answers 202 with an X-Message-Id, and records the JSON body as sent', async () => {
    const [response, body] = await mail().send({
      to: ['Alice <alice@example.org>', 'bob@example.org'],
      from: sender,
      subject,
      text: 'Plain body',
      html: '<p>HTML body</p>',
      replyTo: 'support@example.com',
      categories: ['auth'],
      headers: { 'X-Custom-Header': 'custom-value' },
    });

    expect(response.statusCode).toBe(202);
    expect(body).toBe('');
    expect(response.headers['content-length']).toBe('0');
    expect(fake.messages).toHaveLength(1);
    const [message] = fake.messages;
    expect(response.headers['x-message-id']).toBe(message?.id);
    expect(message).toMatchObject({ method: 'POST', path: '/v3/mail/send' });
    expect(message?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(message?.body).toEqual({
      from: sender,
      subject,
      personalizations: [
        { to: [{ email: 'alice@example.org', name: 'Alice' }, { email: 'bob@example.org' }] },
      ],
      content: [
        { value: 'Plain body', type: 'text/plain' },
        { value: '<p>HTML body</p>', type: 'text/html' },
      ],
      reply_to: { email: 'support@example.com' },
      categories: ['auth'],
      headers: { 'X-Custom-Header': 'custom-value' },
    });
    expect(fake.requests[0]?.body.includes(Buffer.from(subject, 'utf8'))).toBe(true);
  });

  it('accepts a dynamic template without subject or content', async () => {
    await mail().send({
      to: 'alice@example.org',
      from: sender,
      templateId: 'd-0123456789abcdef0123456789abcdef',
      dynamicTemplateData: { name: '안녕' },
    });
    expect(fake.messages[0]?.body).toMatchObject({
      template_id: 'd-0123456789abcdef0123456789abcdef',
      personalizations: [{ dynamic_template_data: { name: '안녕' } }],
    });
    expect(fake.messages[0]?.body.content).toBeUndefined();
  });

  it('answers 200 without an id in sandbox mode', async () => {
    const [response] = await mail().send({
      ...plain,
      mailSettings: { sandboxMode: { enable: true } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-message-id']).toBeUndefined();
    expect(fake.messages).toHaveLength(1);
  });

  it('answers a wrong key with 401 and SendGrid’s errors body', async () => {
    const error = await rejectionOf(mail('SG.wrong').send(plain));

    expect(error).toMatchObject({
      code: 401,
      message: 'Unauthorized',
      response: {
        body: {
          errors: [
            {
              field: null,
              message: 'The provided authorization grant is invalid, expired, or revoked',
            },
          ],
        },
      },
    });
    expect(fake.messages).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([401]);
  });

  const manyPersonalizations = Array.from({ length: 1001 }, (_, i) => to(`u${i}@example.org`));
  const manyRecipients = Array.from({ length: 1001 }, (_, i) => `u${i}@example.org`);

  it.each<[string, Record<string, unknown>, { message: string; field: string; anchor: string }[]]>([
    [
      'no personalizations',
      { ...raw, personalizations: [] },
      [
        {
          message: 'You must have at least one personalization.',
          field: 'personalizations',
          anchor: 'message.personalizations',
        },
      ],
    ],
    [
      'no from',
      { ...raw, from: undefined },
      [
        {
          message:
            'The from object must be provided for every email send. It is an object that requires ' +
            'the email parameter, but may also contain a name parameter.  e.g. ' +
            '{"email" : "example@example.com"}  or {"email" : "example@example.com", "name" : ' +
            '"Example Recipient"}.',
          field: 'from.email',
          anchor: 'message.from',
        },
      ],
    ],
    [
      'an invalid from address',
      { ...raw, from: { email: 'not-an-address' } },
      [
        {
          message: 'The from email does not contain a valid address.',
          field: 'from.email',
          anchor: 'message.from',
        },
      ],
    ],
    [
      'an empty content value',
      { ...raw, content: [{ type: 'text/plain', value: '' }] },
      [
        {
          message: 'The content value must be a string at least one character in length.',
          field: 'content.0.value',
          anchor: 'message.content.value',
        },
      ],
    ],
    [
      'no content and no template_id',
      { ...raw, content: undefined },
      [
        {
          message:
            'Unless a valid template_id is provided, the content parameter is required. There ' +
            'must be at least one defined content block. We typically suggest both text/plain ' +
            'and text/html blocks are included, but only one block is required.',
          field: 'content',
          anchor: 'message.content',
        },
      ],
    ],
    [
      'no subject',
      { ...raw, subject: undefined },
      [
        {
          message:
            'The subject is required. You can get around this requirement if you use a template ' +
            'with a subject defined or if every personalization has a subject defined.',
          field: 'subject',
          anchor: 'message.subject',
        },
      ],
    ],
    [
      'a personalization without to',
      { ...raw, personalizations: [{ cc: [{ email: 'c@example.org' }] }] },
      [
        {
          message:
            'The to array is required for all personalization objects, and must have at least ' +
            'one email object with a valid email address.',
          field: 'personalizations.0.to',
          anchor: 'message.personalizations.to',
        },
      ],
    ],
    [
      'an invalid recipient',
      { ...raw, personalizations: [to('alice@example.org', 'bob')] },
      [
        {
          message: 'Does not contain a valid address.',
          field: 'personalizations.0.to.1.email',
          anchor: 'message.personalizations.to',
        },
      ],
    ],
    [
      'a recipient name with a comma or a semicolon',
      {
        ...raw,
        personalizations: [
          { to: [{ email: 'a@example.org', name: 'Doe, Ann' }] },
          { bcc: [{ email: 'b@example.org', name: 'B; C' }], to: [{ email: 'c@example.org' }] },
        ],
      },
      ['personalizations.0.to.0.name', 'personalizations.1.bcc.0.name'].map((field) => ({
        message:
          'The name of a recipient (to, cc or bcc) must not contain semicolons (;) or commas (,).',
        field,
        anchor: field.includes('bcc')
          ? 'message.personalizations.bcc'
          : 'message.personalizations.to',
      })),
    ],
    [
      'a repeated recipient',
      { ...raw, personalizations: [to('alice@example.org'), to('Alice@example.org')] },
      [
        {
          message:
            'Each unique email address in the personalizations array should only be included ' +
            'once. You have included Alice@example.org more than once.',
          field: 'personalizations.1.to.0.email',
          anchor: 'message.personalizations',
        },
      ],
    ],
    [
      '1,001 personalizations',
      { ...raw, personalizations: manyPersonalizations },
      [
        {
          message:
            'The personalization block is limited to 1000 personalizations per API request. You ' +
            'have provided 1001 personalizations. Please consider splitting this into multiple ' +
            'requests and resending your request.',
          field: 'personalizations',
          anchor: 'message.personalizations',
        },
      ],
    ],
    [
      '1,001 recipients',
      { ...raw, personalizations: [to(...manyRecipients)] },
      [
        {
          message: 'There is a limit of 1000 total recipients (to + cc + bcc) per request.',
          field: 'personalizations',
          anchor: 'message.personalizations',
        },
      ],
    ],
    [
      'send_at more than 72 hours ahead',
      { ...raw, send_at: hoursFromNow(73) },
      [
        {
          message: 'The send_at parameter must not be more than 72 hours in the future.',
          field: 'send_at',
          anchor: 'message.send_at',
        },
      ],
    ],
    [
      'custom_args of 10,000 bytes',
      { ...raw, custom_args: { blob: 'x'.repeat(10_000) } },
      [
        {
          message: 'The custom_args parameter must be less than 10000 bytes.',
          field: 'custom_args',
          anchor: 'message.custom_args',
        },
      ],
    ],
    [
      'a subject that is not a string',
      { ...raw, subject: 5 },
      [
        {
          message: 'Invalid type. Expected: string, given: integer.',
          field: 'subject',
          anchor: 'message.subject',
        },
      ],
    ],
    [
      'several problems at once',
      { ...raw, from: { email: 'x' }, subject: '' },
      [
        {
          message: 'The from email does not contain a valid address.',
          field: 'from.email',
          anchor: 'message.from',
        },
        {
          message:
            'The subject is required. You can get around this requirement if you use a template ' +
            'with a subject defined or if every personalization has a subject defined.',
          field: 'subject',
          anchor: 'message.subject',
        },
      ],
    ],
  ])('answers %s with 400 and SendGrid’s errors', async (_, body, expected) => {
    const error = await rejectionOf(post(body));

    const errors = expected.map(({ message, field, anchor }) => ({
      message,
      field,
      help: help(anchor),
    }));
    expect(error).toMatchObject({ code: 400, message: 'Bad Request' });
    expect((error as { response: { body: unknown } }).response.body).toEqual({ errors });
    expect(fake.messages).toHaveLength(0);
    expect(fake.requests.map((r) => r.status)).toEqual([400]);
  });

  it('accepts what is just within the limits', async () => {
    const personalizations = Array.from({ length: 1000 }, (_, i) => ({
      ...to(`u${i}@example.org`),
      subject: `s${i}`,
    }));
    await post({ ...raw, subject: undefined, personalizations, send_at: hoursFromNow(71) });
    expect(fake.messages[0]?.body.personalizations).toHaveLength(1000);
  });

  it('answers 413 to a body over 30 MB', async () => {
    const error = await rejectionOf(post({ ...raw, padding: 'x'.repeat(30 * 1024 * 1024) }));
    expect(error).toMatchObject({
      code: 413,
      response: { body: { errors: [{ field: null, message: 'Request entity too large' }] } },
    });
  });

  it('answers a body that is not JSON with 400 Bad Request', async () => {
    const response = await fetch(`${fake.url}/v3/mail/send`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Bad Request', field: null, help: null }],
    });
  });

  it('answers unknown routes with 404', async () => {
    const client = sendGridClients(fake).client;
    const error = await rejectionOf(client.request({ method: 'GET', url: '/v3/templates' }));
    expect(error).toMatchObject({ code: 404 });
  });

  describe('faults', () => {
    it('answers 429 with rate-limit headers the client exposes', async () => {
      const reset = String(hoursFromNow(1));
      fake.fail({
        status: 429,
        body: { errors: [{ field: null, message: 'too many requests' }] },
        headers: {
          'Retry-After': '2',
          'X-RateLimit-Limit': '600',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': reset,
        },
      });

      const error = await rejectionOf(mail().send(plain));

      expect(error).toMatchObject({
        code: 429,
        message: 'Too Many Requests',
        response: { body: { errors: [{ field: null, message: 'too many requests' }] } },
      });
      const { headers } = (error as { response: { headers: Record<string, string> } }).response;
      expect(headers['retry-after']).toBe('2');
      expect(headers['x-ratelimit-reset']).toBe(reset);
      expect(fake.messages).toHaveLength(0);
    });

    it.each([
      [{ status: 500, body: '<html>oops</html>' }, 'Internal Server Error', '<html>oops</html>'],
      [{ status: 502 }, 'Bad Gateway', ''],
      [
        { status: 503, body: { errors: [{ field: null, message: 'Service Unavailable' }] } },
        'Service Unavailable',
        { errors: [{ field: null, message: 'Service Unavailable' }] },
      ],
    ])('answers %o as the client reports it', async (fault, message, body) => {
      fake.fail(fault);
      const error = await rejectionOf(mail().send(plain));
      expect(error).toMatchObject({ code: fault.status, message, response: { body } });
      expect(fake.messages).toHaveLength(0);
    });

    it('lets the client time out while the server has already accepted the message', async () => {
      fake.fail({ delayMs: 10_000 });
      const service = mail();
      service.setTimeout(100);

      const error = await rejectionOf(service.send(plain));

      expect(error).toMatchObject({ code: 'ECONNABORTED' });
      expect(fake.messages).toHaveLength(1);
      expect(await closesWithin(fake.close(), 1000)).toBe('closed');
    });

    it('drops the connection: the client gets ECONNRESET', async () => {
      fake.fail({ drop: true });
      const error = await rejectionOf(mail().send(plain));
      expect(error).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
      expect(fake.requests).toMatchObject([{ status: null }]);
      expect(fake.messages).toHaveLength(0);
    });

    it('answers a non-JSON 200, which the client resolves with the text', async () => {
      fake.fail({ nonJson: true });
      const [response, body] = await mail().send(plain);
      expect(response.statusCode).toBe(200);
      expect(body).toBe('<html>ok</html>');
      expect(fake.messages).toHaveLength(0);
    });
  });

  it('close() resolves while the client holds a keep-alive socket, and stops serving', async () => {
    await mail().send(plain);

    expect(await closesWithin(fake.close(), 1000)).toBe('closed');
    const error = await rejectionOf(mail().send(plain));
    expect(error).toMatchObject({ code: expect.stringMatching(/^ECONN(RESET|REFUSED)$/) });
  });
});
