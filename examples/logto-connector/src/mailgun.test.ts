import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import {
  ConnectorError,
  ConnectorErrorCodes,
  ConnectorType,
  type EmailTemplateDetails,
  type GetI18nEmailTemplate,
  type SendMessagePayload,
  TemplateType,
  validateConfig,
} from '@logto/connector-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import createConnector from './index.js';

const apiKey = 'key-mailgun-secret-7f3a9c';
const to = 'ann@example.org';

/** A payload as Logto's Experience API builds it for an email code. */
const payload = {
  code: '482913',
  locale: 'de',
  uiLocales: 'de-DE de',
  application: { id: 'app_1', name: 'Acme Portal', displayName: 'Acme', branding: {} },
  organization: { id: 'org_1', name: 'Acme Org', branding: { logoUrl: 'https://acme.test/l.png' } },
  user: {
    id: 'user_1',
    name: 'Ann',
    avatar: null,
    primaryEmail: to,
    primaryPhone: null,
    username: 'ann',
    profile: {},
  },
} satisfies SendMessagePayload;

let mailgun: FakeMailgun;
let stored: Record<string, unknown>;

beforeAll(async () => {
  mailgun = await startFakeMailgun({ apiKey, domains: ['mg.example.com'] });
});
afterAll(() => mailgun.close());
beforeEach(() => {
  mailgun.clear();
  stored = {
    provider: 'mailgun',
    endpoint: mailgun.url,
    allowCustomEndpoint: true,
    domain: 'mg.example.com',
    apiKey,
    from: 'Acme <no-reply@mg.example.com>',
    deliveries: {
      SignIn: {
        subject: 'Sign in to {{application.name}}',
        html: '<p>Hi {{user.name}}, your code is <b>{{code}}</b></p>',
        replyTo: 'help@acme.test',
      },
      Generic: { subject: 'Your code is {{code}}', html: '<p>Code: {{code}}</p>' },
    },
  };
});

/** Loads the connector the way Logto's core does: the factory, then sendMessage. */
function load(getI18nEmailTemplate?: GetI18nEmailTemplate) {
  return createConnector({
    getConfig: async () => stored,
    ...(getI18nEmailTemplate ? { getI18nEmailTemplate } : {}),
  });
}

function arrived() {
  expect(mailgun.messages).toHaveLength(1);
  const [message] = mailgun.messages;
  expect(message).toMatchObject({ path: '/v3/mg.example.com/messages', authUser: 'api' });
  return message?.fields ?? {};
}

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('the connector Logto loads', () => {
  it('is an email connector with its metadata and guard', async () => {
    const connector = await createConnector({ getConfig: async () => stored });
    expect(connector.type).toBe(ConnectorType.Email);
    expect(connector.metadata).toMatchObject({
      id: 'authmail-email',
      target: 'authmail',
      platform: null,
      readme: './README.md',
      configTemplate: './docs/config-template.json',
    });
    expect(connector.configGuard.safeParse(stored).success).toBe(true);
  });
});

describe('sendMessage through Mailgun', () => {
  it("sends the config's delivery for the type, rendered with Logto's payload", async () => {
    const connector = await load(async () => undefined);
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    expect(arrived()).toMatchObject({
      from: 'Acme <no-reply@mg.example.com>',
      to,
      subject: 'Sign in to Acme Portal',
      html: '<p>Hi Ann, your code is <b>482913</b></p>',
      text: 'Hi Ann, your code is 482913',
      'h:Reply-To': 'help@acme.test',
      'o:tag': 'SignIn',
    });
  });

  it("uses Logto's custom template for payload.locale over the config", async () => {
    const custom: EmailTemplateDetails = {
      subject: 'Ihr Code: {{code}}',
      content: '<p>Hallo {{user.name}}, Ihr Code für {{application.name}}: {{code}}</p>',
      replyTo: 'hilfe@acme.test',
      sendFrom: 'Acme DE <de@mg.example.com>',
    };
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async () => custom);
    const connector = await load(getI18nEmailTemplate);
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });

    expect(getI18nEmailTemplate).toHaveBeenCalledTimes(1);
    expect(getI18nEmailTemplate).toHaveBeenCalledWith(TemplateType.SignIn, 'de');
    expect(arrived()).toMatchObject({
      from: 'Acme DE <de@mg.example.com>',
      subject: 'Ihr Code: 482913',
      html: '<p>Hallo Ann, Ihr Code für Acme Portal: 482913</p>',
      'h:Reply-To': 'hilfe@acme.test',
    });
  });

  it('answers concurrent sends each with the template for its own locale', async () => {
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async (_type, languageTag) => {
      await new Promise((resolve) => setTimeout(resolve, languageTag === 'de' ? 20 : 0));
      return { subject: `[${languageTag}] {{code}}`, content: '<p>{{code}}</p>' };
    });
    const connector = await load(getI18nEmailTemplate);
    await Promise.all(
      ['de', 'ko', 'en'].map((locale) =>
        connector.sendMessage({
          to: `${locale}@example.org`,
          type: TemplateType.SignIn,
          payload: { ...payload, locale },
        }),
      ),
    );
    const subjects = Object.fromEntries(
      mailgun.messages.map(({ fields }) => [fields.to, fields.subject]),
    );
    expect(subjects).toEqual({
      'de@example.org': '[de] 482913',
      'ko@example.org': '[ko] 482913',
      'en@example.org': '[en] 482913',
    });
  });

  it('falls back to the config when getI18nEmailTemplate throws', async () => {
    const connector = await load(async () => {
      throw new Error('database unavailable');
    });
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    expect(arrived()).toMatchObject({ subject: 'Sign in to Acme Portal' });
  });

  it('sends without getI18nEmailTemplate, as when Logto does not provide it', async () => {
    const connector = await createConnector({ getConfig: async () => stored });
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    expect(arrived()).toMatchObject({ subject: 'Sign in to Acme Portal' });
  });

  it('still sends when Logto omits application, leaving its placeholder as written', async () => {
    const { application: _omitted, ...withoutApplication } = payload;
    const connector = await load(async () => undefined);
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload: withoutApplication });
    expect(arrived()).toMatchObject({
      subject: 'Sign in to {{application.name}}',
      html: '<p>Hi Ann, your code is <b>482913</b></p>',
    });
  });

  it.each([
    ['an unconfigured type', TemplateType.ForgotPassword],
    ['a type authmail does not know', 'FutureType' as TemplateType],
  ])('sends the Generic delivery for %s', async (_case, type) => {
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async () => undefined);
    const connector = await load(getI18nEmailTemplate);
    await connector.sendMessage({ to, type, payload: { code: '111222', locale: 'en' } });
    expect(getI18nEmailTemplate).toHaveBeenCalledWith(type, 'en');
    expect(arrived()).toMatchObject({
      subject: 'Your code is 111222',
      html: '<p>Code: 111222</p>',
      'o:tag': 'Generic',
    });
  });

  it('rejects with template_not_found when no delivery fits', async () => {
    stored = { ...stored, deliveries: {} };
    const connector = await load(async () => undefined);
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.TemplateNotFound);
    expect(mailgun.requests).toHaveLength(0);
  });

  it("rejects with rate_limit_exceeded when Mailgun answers 429, keeping authmail's code and status", async () => {
    mailgun.fail({ status: 429, body: { message: 'Too many requests' } });
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.RateLimitExceeded);
    expect(error.data).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('rejects with general, without the API key, when Mailgun answers 401', async () => {
    const wrongKey = 'key-wrong-but-still-secret-41d2';
    stored = { ...stored, apiKey: wrongKey };
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.General);
    expect(error.data).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(Object.keys(error.data as object).sort()).toEqual(['code', 'message', 'status']);
    for (const text of [JSON.stringify(error), error.message, String(error.stack)]) {
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(Buffer.from(`api:${wrongKey}`).toString('base64'));
    }
  });

  it('rejects an invalid config with invalid_config, naming the field', async () => {
    const { apiKey: _missing, ...withoutKey } = stored;
    stored = withoutKey;
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect(error.message).toContain('apiKey');
    expect(mailgun.requests).toHaveLength(0);
  });

  it('rejects an endpoint off mailgun.net without allowCustomEndpoint as invalid_config', async () => {
    const { allowCustomEndpoint: _allowed, ...strict } = stored;
    stored = strict;
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect(mailgun.requests).toHaveLength(0);
  });

  it("uses the config passed to sendMessage (Logto's test button) instead of the stored one", async () => {
    const getConfig = vi.fn(async () => {
      throw new Error('not stored yet');
    });
    const connector = await createConnector({ getConfig });
    const testConfig = { ...stored, from: 'Test <test@mg.example.com>' };
    await connector.sendMessage(
      { to, type: TemplateType.Generic, payload: { code: '000000' } },
      testConfig,
    );
    expect(getConfig).not.toHaveBeenCalled();
    expect(arrived()).toMatchObject({
      from: 'Test <test@mg.example.com>',
      subject: 'Your code is 000000',
    });
  });
});

describe('what Logto shows', () => {
  const lines = [
    'apiKey: Invalid input: expected string, received undefined',
    'from: Invalid input: expected string, received number',
  ].join('\n');

  it('an invalid config: invalid_config, data reading as path: message lines', async () => {
    const { apiKey: _missing, ...withoutKey } = stored;
    stored = { ...withoutKey, from: 42 };
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect(error.data).toEqual({ code: 'invalid_config', message: lines, status: undefined });
  });

  it("an invalid config saved in the Console: Logto's validateConfig throws the same lines", async () => {
    const { apiKey: _missing, ...withoutKey } = stored;
    const connector = await load();
    let caught: unknown;
    try {
      validateConfig({ ...withoutKey, from: 42 }, connector.configGuard);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConnectorError);
    expect((caught as ConnectorError).code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect((caught as ConnectorError).data).toEqual({
      code: 'invalid_config',
      message: lines,
      status: undefined,
    });
    expect((caught as ConnectorError).message).not.toContain('"path"');
  });

  it('an unexpected failure: one fixed sentence, no path, stack or module name', async () => {
    const leak = new Error(
      "Cannot find module 'handlebars'\nRequire stack:\n- /srv/logto/packages/core/connectors/connector-authmail-email/lib/index.js",
    );
    stored = { ...stored };
    Object.defineProperty(stored, 'deliveries', {
      enumerable: true,
      get() {
        throw leak;
      },
    });
    const connector = await load();
    const error = await rejection(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    expect(error.code).toBe(ConnectorErrorCodes.General);
    expect(error.data).toEqual({
      code: 'unexpected',
      message: 'unexpected error in the authmail connector',
      status: undefined,
    });
    for (const text of [JSON.stringify(error.data), error.message]) {
      expect(text).not.toMatch(/srv|handlebars|Require stack|lib\/index/);
    }
  });

  it("reports no languageTag when Logto's lookup answered, since it may have fallen back", async () => {
    // Logto answers a request for fr with its fallback language's (en) template.
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async () => ({
      subject: 'Your code: {{code}}',
      content: '<p>{{code}}</p>',
    }));
    const connector = await load(getI18nEmailTemplate);
    const result = await connector.sendMessage({
      to,
      type: TemplateType.SignIn,
      payload: { ...payload, locale: 'fr' },
    });
    expect(getI18nEmailTemplate).toHaveBeenCalledWith(TemplateType.SignIn, 'fr');
    expect(result).toMatchObject({ templateSource: 'store', provider: 'mailgun' });
    expect(result).not.toHaveProperty('languageTag');
  });

  it('reports no languageTag for a config delivery, which has no language', async () => {
    const connector = await load(async () => undefined);
    const result = await connector.sendMessage({
      to,
      type: TemplateType.SignIn,
      payload: { ...payload, locale: 'fr' },
    });
    expect(result).toMatchObject({ templateSource: 'delivery', provider: 'mailgun' });
    expect(result).not.toHaveProperty('languageTag');
  });

  it('sends a Logto template with contentType text/plain as text only', async () => {
    const getI18nEmailTemplate = vi.fn<GetI18nEmailTemplate>(async () => ({
      subject: 'Code {{code}}',
      content: 'Your code is {{code}} <not html>',
      contentType: 'text/plain',
    }));
    const connector = await load(getI18nEmailTemplate);
    await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    const fields = arrived();
    expect(fields).toMatchObject({
      subject: 'Code 482913',
      text: 'Your code is 482913 <not html>',
    });
    expect(fields).not.toHaveProperty('html');
  });
});
