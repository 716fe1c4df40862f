import { createMemoryTemplateStore } from '@authmail/core';
import { type FakeSendGrid, startFakeSendGrid } from '@authmail/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSendGridMailer, type SendGridConfig } from './config.js';

/** Logto's SendGrid connector tests (connector-sendgrid-email), against the fake API. */
const apiKey = 'SG.apikey';
const to = 'foo@logto.io';
let fake: FakeSendGrid;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey });
});
beforeEach(() => fake.clear());
afterAll(() => fake.close());

const template = (usageType: string, subject: string, content: string, type = 'text/plain') => ({
  usageType,
  type,
  subject,
  content,
});
const defaultTemplates = ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) =>
  template(
    usageType,
    `Logto ${usageType} Template`,
    'Your Logto verification code is {{code}}. The code will remain active for 10 minutes.',
  ),
);

const config = (templates = defaultTemplates): SendGridConfig =>
  ({
    apiKey,
    fromEmail: 'noreply@logto.test.io',
    fromName: 'Logto Test',
    templates,
    baseUrl: fake.url,
    allowCustomBaseUrl: true,
  }) as SendGridConfig;

const mailer = (
  templates = defaultTemplates,
  rows: Parameters<typeof createMemoryTemplateStore>[0] = [],
) =>
  createSendGridMailer(config(templates), {
    validateVariables: false,
    templates: createMemoryTemplateStore(rows),
  });

/** Members authmail adds on purpose: categories, tracking off, the correlation id. */
function arrivedBody() {
  const body = { ...fake.messages[0]?.body } as Record<string, unknown>;
  expect(fake.messages[0]?.headers.authorization).toBe(`Bearer ${apiKey}`);
  expect(body.tracking_settings).toEqual({
    click_tracking: { enable: false, enable_text: false },
    open_tracking: { enable: false },
  });
  for (const key of ['categories', 'custom_args', 'tracking_settings']) delete body[key];
  return body;
}

const genericBody = {
  personalizations: [{ to: [{ email: to }] }],
  from: { email: 'noreply@logto.test.io', name: 'Logto Test' },
  subject: 'Logto Generic Template',
  content: [
    {
      type: 'text/plain',
      value: 'Your Logto verification code is 123456. The code will remain active for 10 minutes.',
    },
  ],
};

describe("Logto's SendGrid vectors", () => {
  it('Generic default body', async () => {
    await mailer().send({ to, usageType: 'Generic', variables: { code: '123456' } });
    expect(arrivedBody()).toEqual(genericBody);
  });

  it('BindMfa without a template falls back to Generic', async () => {
    await mailer().send({ to, usageType: 'BindMfa', variables: { code: '123456' } as never });
    expect(arrivedBody()).toEqual(genericBody);
  });

  it('missing Generic is invalid_config naming the missing types', () => {
    const withoutGeneric = defaultTemplates.filter(({ usageType }) => usageType !== 'Generic');
    expect(() => createSendGridMailer(config(withoutGeneric))).toThrow(
      'Invalid SendGrid config: templates: Template with UsageType (Generic) should be provided!',
    );
    expect(() => createSendGridMailer(config([defaultTemplates[0] as never]))).toThrow(
      /Template with UsageType \(Register, ForgotPassword, Generic\) should be provided!/,
    );
  });

  it('organization invitation', async () => {
    const templates = [
      ...defaultTemplates,
      template('OrganizationInvitation', 'Organization invitation', 'Your link is {{link}}'),
    ];
    await mailer(templates).send({
      to,
      usageType: 'OrganizationInvitation',
      variables: { link: 'https://example.com' } as never,
    });
    expect(arrivedBody()).toMatchObject({
      subject: 'Organization invitation',
      content: [{ type: 'text/plain', value: 'Your link is https://example.com' }],
    });
  });

  it('custom i18n template with sendFrom as the sender name', async () => {
    const m = mailer(defaultTemplates, [
      {
        languageTag: 'en',
        templateType: 'Generic',
        details: {
          subject: 'Passcode {{code}}',
          content: '<p>Your passcode is {{code}}</p>',
          contentType: 'text/html',
          sendFrom: '{{application.name}}',
        },
      },
    ]);
    await m.send({
      to,
      usageType: 'Generic',
      variables: { code: '123456', application: { name: 'Test app' } },
    });
    expect(arrivedBody()).toEqual({
      // Deliberate: Logto also puts fromName on the recipient; authmail does not.
      personalizations: [{ to: [{ email: to }] }],
      from: { email: 'noreply@logto.test.io', name: 'Test app' },
      subject: 'Passcode 123456',
      content: [
        // Deliberate: a plain-text part derived from the HTML comes first.
        { type: 'text/plain', value: 'Your passcode is 123456' },
        { type: 'text/html', value: '<p>Your passcode is 123456</p>' },
      ],
    });
  });
});

describe('beyond Logto', () => {
  it('sends reply-to, which Logto cannot', async () => {
    const templates = defaultTemplates.map((entry) => ({
      ...entry,
      replyTo: 'Support <help@logto.test.io>',
    }));
    await mailer(templates).send({ to, usageType: 'SignIn', variables: { code: '1' } as never });
    expect(arrivedBody().reply_to).toEqual({ email: 'help@logto.test.io', name: 'Support' });
  });

  it('sends a dynamic template with the resolved language', async () => {
    const templates = [
      ...defaultTemplates.filter(({ usageType }) => usageType !== 'SignIn'),
      { ...template('SignIn', 'Sign in', ''), templateId: 'd-signin' },
    ];
    await mailer(templates).send({
      to,
      usageType: 'SignIn',
      variables: { code: '123456', application: { id: 'a', name: 'Acme' } },
      acceptLanguage: 'de-DE,de;q=0.9',
    });
    expect(arrivedBody()).toMatchObject({
      template_id: 'd-signin',
      subject: 'Sign in',
      personalizations: [
        {
          to: [{ email: to }],
          dynamic_template_data: { locale: 'de-DE', code: '123456', application: { name: 'Acme' } },
        },
      ],
    });
  });

  it('rejects a templateId that is not a dynamic template, naming it', () => {
    const templates = [
      ...defaultTemplates,
      { ...template('BindMfa', 's', ''), templateId: 'legacy' },
    ];
    expect(() => createSendGridMailer(config(templates))).toThrow(
      /templates\.4\.templateId: must be a SendGrid dynamic template id/,
    );
  });

  it('sends 2,500 invitations through a dynamic template as 3 requests', async () => {
    const templates = [
      ...defaultTemplates,
      { ...template('OrganizationInvitation', 'Join', ''), templateId: 'd-invite' },
    ];
    const recipients = Array.from({ length: 2500 }, (_, index) => ({
      to: `user${index}@example.org`,
      variables: { link: `https://acme.test/i/${index}`, organization: { id: 'o', name: 'Acme' } },
    }));
    const results = await mailer(templates).sendMany({
      usageType: 'OrganizationInvitation',
      recipients,
    });
    expect(fake.messages.map((arrived) => arrived.body.personalizations?.length)).toEqual([
      1000, 1000, 500,
    ]);
    expect(fake.messages[1]?.body.personalizations?.[0]?.dynamic_template_data).toMatchObject({
      link: 'https://acme.test/i/1000',
      organization: { name: 'Acme' },
    });
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
  });
});
