import { AuthmailError, createMemoryTemplateStore, type EmailTemplateRow } from '@authmail/core';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailgunMailer, type MailgunConfig, mailgunConfigSchema } from './config.js';

/** Logto's Mailgun connector tests (connector-mailgun index.test.ts), against the fake API. */
const base = { domain: 'example.com', apiKey: 'apiKey', from: 'foo@example.com' };
const to = 'bar@example.com';
let fake: FakeMailgun;

beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey: 'apiKey', domains: ['example.com'] });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

/** As Logto's connector does: no variable validation (Logto sends without context when its lookup fails). */
function mailer(
  config: Omit<MailgunConfig, 'domain' | 'apiKey' | 'from'>,
  rows: EmailTemplateRow[] = [],
) {
  return createMailgunMailer(
    { ...base, endpoint: fake.url, allowCustomEndpoint: true, ...config },
    {
      validateVariables: false,
      ...(rows.length > 0 ? { templates: createMemoryTemplateStore(rows) } : {}),
    },
  );
}

const send = (m: ReturnType<typeof mailer>, usageType: string, payload: Record<string, unknown>) =>
  m.send({ to, usageType: usageType as 'Generic', variables: payload as { code: string } });

/** Fields authmail adds on purpose: tags, tracking off, the correlation id. */
const authmailAdditions = [
  'o:tag',
  'o:tracking-clicks',
  'o:tracking-opens',
  'v:authmail-correlation-id',
];

function arrivedFields() {
  const [arrived] = fake.messages;
  expect(arrived).toMatchObject({ path: '/v3/example.com/messages', authUser: 'api' });
  const fields = { ...arrived?.fields };
  expect(fields).toMatchObject({ 'o:tracking-clicks': 'no', 'o:tracking-opens': 'no' });
  for (const key of authmailAdditions) delete fields[key];
  return fields;
}

describe("Logto's Mailgun vectors", () => {
  it('raw data: html, subject and reply-to, plus the derived text part', async () => {
    const m = mailer({
      deliveries: {
        Generic: {
          subject: 'Verification code is {{code}}',
          html: '<p>Your verification code is {{code}}</p>',
          replyTo: 'baz@example.com',
        },
      },
    });
    await send(m, 'Generic', { code: '123456' });
    expect(arrivedFields()).toEqual({
      from: 'foo@example.com',
      to,
      subject: 'Verification code is 123456',
      html: '<p>Your verification code is 123456</p>',
      // Deliberate: authmail always sends a plain-text part derived from the HTML.
      text: 'Your verification code is 123456',
      'h:Reply-To': 'baz@example.com',
    });
  });

  it('raw data: organization invitation', async () => {
    const m = mailer({
      deliveries: {
        OrganizationInvitation: {
          subject: 'Organization invitation',
          html: '<p>Your link is {{link}}</p>',
          replyTo: 'baz@example.com',
        },
      },
    });
    await send(m, 'OrganizationInvitation', { link: 'https://example.com', code: '123456' });
    expect(arrivedFields()).toMatchObject({
      subject: 'Organization invitation',
      html: '<p>Your link is https://example.com</p>',
      'h:Reply-To': 'baz@example.com',
    });
  });

  it('template: X-Mailgun-Variables carries { ...variables, ...payload }', async () => {
    const m = mailer({
      deliveries: {
        Generic: {
          template: 'template',
          variables: { foo: 'bar' },
          subject: 'Verification code is {{code}}',
        },
      },
    });
    await send(m, 'Generic', { code: '123456' });
    expect(arrivedFields()).toEqual({
      from: 'foo@example.com',
      to,
      subject: 'Verification code is 123456',
      template: 'template',
      'h:X-Mailgun-Variables': '{"foo":"bar","code":"123456"}',
      // Deliberate: the same variables also go in t:variables, which stored templates read.
      't:variables': '{"foo":"bar","code":"123456"}',
    });
  });

  it('EU endpoint: accepted as Logto accepts it', () => {
    expect(() =>
      createMailgunMailer({
        ...base,
        endpoint: 'https://api.eu.mailgun.net',
        deliveries: { Generic: { html: 'x' } },
      }),
    ).not.toThrow();
  });

  it('fallback: a type without a delivery uses Generic', async () => {
    const m = mailer({
      deliveries: { Generic: { subject: 'Code {{code}}', html: '<p>{{code}}</p>' } },
    });
    const result = await send(m, 'ForgotPassword', { code: '123456' });
    expect(result).toMatchObject({ templateUsageType: 'Generic', templateSource: 'delivery' });
    expect(arrivedFields()).toMatchObject({ subject: 'Code 123456', html: '<p>123456</p>' });
  });

  it.each(['Generic', 'foo'])(
    'not found: empty deliveries and type %s reject with template_not_found',
    async (type) => {
      await expect(send(mailer({ deliveries: {} }), type, { code: '1' })).rejects.toMatchObject({
        code: 'template_not_found',
      });
      expect(fake.requests).toHaveLength(0);
    },
  );

  it("provider error: Mailgun's 400 comes back as provider_rejected with its message", async () => {
    fake.fail({ status: 400, body: { message: 'error' } });
    const m = mailer({ deliveries: { Generic: { html: '{{code}}' } } });
    const error = await send(m, 'Generic', { code: '1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthmailError);
    expect(error).toMatchObject({
      code: 'provider_rejected',
      status: 400,
      details: { message: 'error' },
    });
  });

  it('custom i18n template wins over deliveries and renders reply-to', async () => {
    const m = mailer({ deliveries: { Generic: { html: 'delivery' } } }, [
      {
        languageTag: 'en',
        templateType: 'Generic',
        details: {
          subject: 'Passcode {{code}}',
          content: '<p>Your passcode is {{code}}</p>',
          replyTo: '{{user.primaryEmail}}',
        },
      },
    ]);
    await send(m, 'Generic', { code: '123456', user: { primaryEmail: 'foo@email.com' } });
    expect(arrivedFields()).toEqual({
      from: 'foo@example.com',
      to,
      subject: 'Passcode 123456',
      html: '<p>Your passcode is 123456</p>',
      text: 'Your passcode is 123456',
      'h:Reply-To': 'foo@email.com',
    });
  });

  it.each([
    ['renders words around the address', { user: { primaryEmail: 'foo@email.com' } }],
    ['leaves a missing root as written', {}],
  ])(
    // Deliberate: Logto sends `h:Reply-To: Reply to foo@email.com` (or the placeholder as
    // written); a reply-to that is not exactly one address is refused instead.
    'custom i18n reply-to that %s: invalid_message, nothing sent',
    async (_, variables) => {
      const m = mailer({ deliveries: { Generic: { html: 'delivery' } } }, [
        {
          languageTag: 'en',
          templateType: 'Generic',
          details: {
            subject: 'Passcode {{code}}',
            content: 'Your passcode is {{code}}',
            replyTo: 'Reply to {{user.primaryEmail}}',
          },
        },
      ]);
      const error = await send(m, 'Generic', { code: '123456', ...variables }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'invalid_message', details: { field: 'replyTo' } });
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('custom i18n text/plain with sendFrom; a missing root stays as written', async () => {
    const m = mailer({ deliveries: { Generic: { html: 'delivery' } } }, [
      {
        languageTag: 'en',
        templateType: 'Generic',
        details: {
          subject: 'Passcode {{code}} {{user.name}}',
          content: 'Your passcode is {{code}}',
          contentType: 'text/plain',
          sendFrom: '{{application.name}} <foo@example.com>',
        },
      },
    ]);
    await send(m, 'Generic', { code: '123456', application: { name: 'Foo' } });
    expect(arrivedFields()).toEqual({
      from: 'Foo <foo@example.com>',
      to,
      subject: 'Passcode 123456 {{user.name}}',
      // Deliberate: a text/plain template is sent as text only (Logto also copies it into html).
      text: 'Your passcode is 123456',
    });
  });
});

describe('mailgunConfigSchema', () => {
  const parse = (deliveries: unknown, extra: Record<string, unknown> = {}) =>
    mailgunConfigSchema.safeParse({ ...base, deliveries, ...extra });

  it('accepts a mix of raw and template deliveries, or only SignIn', () => {
    expect(
      parse({
        SignIn: { html: '<p>{{code}}</p>' },
        Generic: { template: 't', variables: { a: 1 } },
      }).success,
    ).toBe(true);
    expect(parse({ SignIn: { subject: 's', html: 'h' } }).success).toBe(true);
  });

  it('rejects { text, subject } saying html or template is required', () => {
    const result = parse({ SignIn: { text: 'x', subject: 'y' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/needs "html".*or "template"/);
  });

  it('rejects https://api.mailgun1.net, as Logto does, at parse time and when the mailer is created', () => {
    const result = parse({}, { endpoint: 'https://api.mailgun1.net' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['endpoint'],
        message: expect.stringMatching(/^must be https on \*\.mailgun\.net/),
      }),
    ]);
    expect(() =>
      createMailgunMailer({ ...base, endpoint: 'https://api.mailgun1.net', deliveries: {} }),
    ).toThrow(/endpoint: must be https on \*\.mailgun\.net/);
  });

  it('names the missing field', () => {
    expect(() =>
      createMailgunMailer({ apiKey: 'k', from: 'a@b.test', deliveries: {} } as never),
    ).toThrow(/domain/);
  });
});
