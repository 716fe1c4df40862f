import { rejectionOf } from '@authmail/testkit';
import {
  ConnectorError,
  ConnectorErrorCodes,
  TemplateType,
  validateConfig,
} from '@logto/connector-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configGuard, parseConnectorConfig } from './config.js';
import createConnector from './index.js';
import {
  type NewProviderFakes as Fakes,
  postmarkTestConfig,
  resendTestConfig,
  sesTestConfig,
  smtpTestConfig,
  startNewProviderFakes,
  testCredentials,
} from './test-configs.js';

// SMTP, Resend, Amazon SES and Postmark: each is its Logto connector config
// (Resend, which Logto has no connector for: @authmail/resend's config) plus
// `provider`, sent through the testkit's fake of its API.

const to = 'ann@example.org';
const payload = { code: '482913', locale: 'en', application: { id: 'app_1', name: 'Acme Portal' } };

type Config = Record<string, unknown>;

interface ProviderCase {
  provider: keyof Fakes;
  /** The provider's Logto connector config plus `provider`, pointed at its fake. */
  config: (fakes: Fakes) => Config;
  /** The credential, which no error may hold. */
  secret: string;
  /** A change that breaks the config, and the line Logto shows for it. */
  broken: { changes: Config; line: string };
  /** The same config with a credential the fake refuses. */
  wrongCredential: (config: Config) => Config;
  /** What the fake recorded of the one message sent (SignIn, `payload`, to `to`). */
  arrived: (fakes: Fakes) => unknown;
  expected: unknown;
}

const { smtpPassword, resendKey, sesSecret, postmarkToken } = testCredentials;

const cases: ProviderCase[] = [
  {
    provider: 'smtp',
    config: ({ smtp }) => smtpTestConfig(smtp),
    secret: smtpPassword,
    broken: {
      changes: { port: 70_000 },
      line: 'port: must be a whole number from 1 to 65535, got 70000',
    },
    wrongCredential: (config) => ({
      ...config,
      auth: { ...(config.auth as Config), pass: `${smtpPassword}-wrong` },
    }),
    arrived: ({ smtp }) =>
      smtp.messages.map(({ from, to, replyTo, subject, html, headers }) => ({
        from,
        to,
        replyTo,
        subject,
        html,
        tenant: headers.find(({ name }) => name === 'X-Tenant')?.value,
      })),
    expected: [
      {
        from: 'Acme <no-reply@acme.test>',
        to: [to],
        replyTo: 'help@acme.test',
        subject: 'Sign in to Acme Portal',
        html: '<p>Your code is <b>482913</b></p>',
        tenant: 'acme',
      },
    ],
  },
  {
    provider: 'resend',
    config: ({ resend }) => resendTestConfig(resend),
    secret: resendKey,
    broken: {
      changes: { from: 'Acme' },
      line: 'from: must be an email address or "Name <address>", got "Acme"',
    },
    wrongCredential: (config) => ({ ...config, apiKey: `${resendKey}_wrong` }),
    arrived: ({ resend }) =>
      resend.messages.flatMap(({ emails }) =>
        emails.map(({ from, to, subject, html }) => ({ from, to, subject, html })),
      ),
    expected: [
      {
        from: 'Acme <no-reply@acme.test>',
        to,
        subject: 'Sign in to Acme Portal',
        html: '<p>Your code is <b>482913</b></p>',
      },
    ],
  },
  {
    provider: 'ses',
    config: ({ ses }) => sesTestConfig(ses),
    secret: sesSecret,
    broken: {
      changes: { region: 'eu-west-1.evil.test' },
      line: 'region: must be an AWS region such as us-east-1 or eu-west-1',
    },
    wrongCredential: (config) => ({ ...config, accessKeySecret: `${sesSecret}-wrong` }),
    arrived: ({ ses }) =>
      ses.messages.map(({ body }) => {
        const { FromEmailAddress, Destination, Content } = body as {
          FromEmailAddress?: string;
          Destination?: unknown;
          Content?: {
            Simple?: { Subject?: { Data?: string }; Body?: { Html?: { Data?: string } } };
          };
        };
        return {
          FromEmailAddress,
          Destination,
          subject: Content?.Simple?.Subject?.Data,
          html: Content?.Simple?.Body?.Html?.Data,
        };
      }),
    expected: [
      {
        FromEmailAddress: 'no-reply@acme.test',
        Destination: { ToAddresses: [to] },
        subject: 'Sign in to Acme Portal',
        html: '<p>Your code is <b>482913</b></p>',
      },
    ],
  },
  {
    provider: 'postmark',
    config: ({ postmark }) => postmarkTestConfig(postmark),
    secret: postmarkToken,
    broken: {
      changes: { templates: [{ usageType: 'SignIn', templateAlias: 'code-signin' }] },
      line: 'templates: Template with UsageType (Register, ForgotPassword, Generic) should be provided!',
    },
    wrongCredential: (config) => ({ ...config, serverToken: `${postmarkToken}-wrong` }),
    arrived: ({ postmark }) =>
      postmark.messages.flatMap(({ endpoint, accepted }) =>
        accepted.map(({ From, To, TemplateAlias, TemplateModel }) => ({
          endpoint,
          From,
          To,
          TemplateAlias,
          code: TemplateModel?.code,
          application: TemplateModel?.application,
        })),
      ),
    expected: [
      {
        endpoint: '/email/withTemplate',
        From: 'no-reply@acme.test',
        To: to,
        TemplateAlias: 'code-signin',
        code: '482913',
        application: { id: 'app_1', name: 'Acme Portal' },
      },
    ],
  },
];

let fakes: Fakes;

beforeAll(async () => {
  fakes = await startNewProviderFakes();
});
afterAll(() => Promise.all(Object.values(fakes).map((fake) => fake.close())));
beforeEach(() => {
  for (const fake of Object.values(fakes)) fake.clear();
});

describe.each(cases)('provider: $provider', (providerCase) => {
  const { provider, secret, broken } = providerCase;

  it("accepts the provider's Logto config plus provider, as Logto saves it", async () => {
    const config = providerCase.config(fakes);
    const connector = await createConnector({ getConfig: async () => config });
    expect(configGuard.safeParse(config).success).toBe(true);
    expect(() => validateConfig(config, connector.configGuard)).not.toThrow();
  });

  it('refuses a broken config with a path: message line, without the credential', () => {
    const config = { ...providerCase.config(fakes), ...broken.changes };
    const error: unknown = (() => {
      try {
        return parseConnectorConfig(config);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect((error as ConnectorError).data).toEqual({
      code: 'invalid_config',
      message: broken.line,
      status: undefined,
    });
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  it("sends Logto's SignIn code through the provider's API", async () => {
    const config = providerCase.config(fakes);
    const connector = await createConnector({ getConfig: async () => config });
    const result = await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
    expect(result).toMatchObject({ provider, templateUsageType: 'SignIn' });
    expect(providerCase.arrived(fakes)).toEqual(providerCase.expected);
  });

  it('rejects with general and unauthorized, without the credential, when the provider refuses it', async () => {
    const config = providerCase.wrongCredential(providerCase.config(fakes));
    const connector = await createConnector({ getConfig: async () => config });
    const error = await rejectionOf(
      connector.sendMessage({ to, type: TemplateType.SignIn, payload }),
    );
    if (!(error instanceof ConnectorError)) throw new Error('expected a ConnectorError');
    expect(error.code).toBe(ConnectorErrorCodes.General);
    expect(error.data).toMatchObject({ code: 'unauthorized' });
    for (const text of [JSON.stringify(error), error.message, String(error.stack)]) {
      expect(text).not.toContain(secret);
    }
    expect(providerCase.arrived(fakes)).toEqual([]);
  });
});

describe('swapping provider', () => {
  it('is a config change: one connector sends through each provider as the stored config changes', async () => {
    let stored: Config = {};
    const connector = await createConnector({ getConfig: async () => stored });
    for (const providerCase of cases) {
      stored = providerCase.config(fakes);
      const result = await connector.sendMessage({ to, type: TemplateType.SignIn, payload });
      expect(result).toMatchObject({ provider: providerCase.provider });
    }
    for (const providerCase of cases) {
      expect(providerCase.arrived(fakes)).toEqual(providerCase.expected);
    }
  });
});
