import {
  type FakeMailgun,
  type FakeSendGrid,
  startFakeMailgun,
  startFakeSendGrid,
} from '@authmail/testkit';
import {
  ConnectorError,
  ConnectorErrorCodes,
  type GetI18nEmailTemplate,
  TemplateType,
} from '@logto/connector-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import createConnector from './index.js';

const to = 'ann@example.org';
const payload = {
  code: '482913',
  locale: 'en',
  application: { id: 'app_1', name: 'Acme Portal' },
};

let sendgrid: FakeSendGrid;
let mailgun: FakeMailgun;

beforeAll(async () => {
  [sendgrid, mailgun] = await Promise.all([
    startFakeSendGrid({ apiKey: 'SG.sendgrid-secret' }),
    startFakeMailgun({ apiKey: 'key-mailgun-secret', domains: ['mg.example.com'] }),
  ]);
});
afterAll(() => Promise.all([sendgrid.close(), mailgun.close()]));
beforeEach(() => {
  sendgrid.clear();
  mailgun.clear();
});

/** Logto's SendGrid connector config (Register, SignIn, ForgotPassword and Generic are required). */
function sendGridConfig() {
  const template = (usageType: string, subject: string) => ({
    usageType,
    type: 'text/html',
    subject,
    content: '<p>Your code for {{application.name}} is <b>{{code}}</b></p>',
  });
  return {
    provider: 'sendgrid',
    apiKey: 'SG.sendgrid-secret',
    fromEmail: 'no-reply@acme.test',
    fromName: 'Acme',
    baseUrl: sendgrid.url,
    allowCustomBaseUrl: true,
    templates: [
      template('SignIn', 'Sign in to {{application.name}}'),
      template('Register', 'Welcome to {{application.name}}'),
      template('ForgotPassword', 'Reset your password'),
      template('Generic', 'Your code is {{code}}'),
    ],
  };
}

function mailgunConfig() {
  return {
    provider: 'mailgun',
    apiKey: 'key-mailgun-secret',
    domain: 'mg.example.com',
    from: 'Acme <no-reply@acme.test>',
    endpoint: mailgun.url,
    allowCustomEndpoint: true,
    deliveries: {
      SignIn: {
        subject: 'Sign in to {{application.name}}',
        html: '<p>Your code for {{application.name}} is <b>{{code}}</b></p>',
      },
    },
  };
}

describe('sendMessage through SendGrid', () => {
  it('sends the equivalent message to the SendGrid API', async () => {
    const stored = sendGridConfig();
    const connector = await createConnector({ getConfig: async () => stored });
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });

    expect(sendgrid.messages).toHaveLength(1);
    const [message] = sendgrid.messages;
    expect(message?.headers.authorization).toBe('Bearer SG.sendgrid-secret');
    expect(message?.body).toMatchObject({
      personalizations: [{ to: [{ email: to }] }],
      from: { email: 'no-reply@acme.test', name: 'Acme' },
      subject: 'Sign in to Acme Portal',
      content: [
        { type: 'text/plain', value: 'Your code for Acme Portal is 482913' },
        { type: 'text/html', value: '<p>Your code for Acme Portal is <b>482913</b></p>' },
      ],
      categories: ['SignIn'],
    });
  });

  it("uses Logto's custom template for payload.locale over the config", async () => {
    const stored = sendGridConfig();
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async () => ({
      subject: 'Passcode {{code}}',
      content: 'Your passcode is {{code}}',
      contentType: 'text/plain',
      sendFrom: '{{application.name}}',
    }));
    const connector = await createConnector({
      getConfig: async () => stored,
      getI18nEmailTemplate,
    });
    await connector.sendMessage({ to, type: TemplateType.Register, payload });

    expect(getI18nEmailTemplate).toHaveBeenCalledWith(TemplateType.Register, 'en');
    expect(sendgrid.messages[0]?.body).toMatchObject({
      // A bare-name sendFrom keeps the configured address, as in Logto's SendGrid connector.
      from: { email: 'no-reply@acme.test', name: 'Acme Portal' },
      subject: 'Passcode 482913',
      content: [{ type: 'text/plain', value: 'Your passcode is 482913' }],
    });
  });

  it('rejects with rate_limit_exceeded when SendGrid answers 429', async () => {
    sendgrid.fail({ status: 429, body: { errors: [{ message: 'too many requests' }] } });
    const stored = sendGridConfig();
    const connector = await createConnector({ getConfig: async () => stored });
    const error: unknown = await connector
      .sendMessage({ to, type: TemplateType.SignIn, payload })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).code).toBe(ConnectorErrorCodes.RateLimitExceeded);
  });

  it('rejects a config missing a required template with invalid_config', async () => {
    const stored = sendGridConfig();
    stored.templates = stored.templates.filter(({ usageType }) => usageType !== 'Generic');
    const connector = await createConnector({ getConfig: async () => stored });
    const error: unknown = await connector
      .sendMessage({ to, type: TemplateType.SignIn, payload })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect((error as ConnectorError).message).toContain(
      'Template with UsageType (Generic) should be provided!',
    );
  });
});

describe('swapping provider', () => {
  it('is a config change: the same connector sends through whichever provider is stored', async () => {
    let stored: Record<string, unknown> = mailgunConfig();
    const connector = await createConnector({ getConfig: async () => stored });

    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    stored = sendGridConfig();
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });

    expect(mailgun.messages).toHaveLength(1);
    expect(sendgrid.messages).toHaveLength(1);
    expect(mailgun.messages[0]?.fields).toMatchObject({
      to,
      subject: 'Sign in to Acme Portal',
      html: '<p>Your code for Acme Portal is <b>482913</b></p>',
    });
    expect(sendgrid.messages[0]?.body).toMatchObject({
      personalizations: [{ to: [{ email: to }] }],
      subject: 'Sign in to Acme Portal',
    });
  });
});
