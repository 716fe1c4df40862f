import { readFile } from 'node:fs/promises';
import type { Mailer, TemplateStore } from '@authmail/core';
import { ConnectorError, ConnectorErrorCodes, validateConfig } from '@logto/connector-kit';
import { describe, expect, it } from 'vitest';
import { configGuard, parseConnectorConfig } from './config.js';
import createConnector from './index.js';
import { createMailerCache } from './mailers.js';

const noTemplates: TemplateStore = {
  find: async () => undefined,
  languages: async () => [],
};

const mailgun = {
  provider: 'mailgun',
  domain: 'mg.example.com',
  apiKey: 'key-config-secret',
  from: 'Acme <no-reply@mg.example.com>',
  deliveries: { Generic: { subject: 'Code {{code}}', html: '<p>{{code}}</p>' } },
};

describe('the config guard', () => {
  it('accepts docs/config-template.json, the config Logto prefills', async () => {
    const template: unknown = JSON.parse(
      await readFile(new URL('../docs/config-template.json', import.meta.url), 'utf8'),
    );
    expect(configGuard.safeParse(template).success).toBe(true);
  });

  it("accepts each provider's config as the README shows it", async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const configs = [...readme.matchAll(/```json\n([\s\S]*?)\n```/g)].map(
      ([, json]) => JSON.parse(json ?? '') as { provider: string },
    );
    const providers = configGuard.options.map((option) => option.shape.provider.value);
    expect(configs.map(({ provider }) => provider)).toEqual(providers);
    expect(providers).toHaveLength(6);
    for (const config of configs) {
      expect(configGuard.safeParse(config).error?.issues ?? []).toEqual([]);
    }
  });

  it('is usable by Logto: validateConfig throws invalid_config on a bad config', async () => {
    const connector = await createConnector({ getConfig: async () => mailgun });
    expect(() => validateConfig(mailgun, connector.configGuard)).not.toThrow();
    expect(() => validateConfig({ provider: 'postage' }, connector.configGuard)).toThrow(
      expect.objectContaining({ code: ConnectorErrorCodes.InvalidConfig }),
    );
  });

  it('names the failing field without echoing values', () => {
    const secret = 'key-should-not-appear';
    let caught: unknown;
    try {
      parseConnectorConfig({ ...mailgun, apiKey: secret, from: 42 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConnectorError);
    const error = caught as ConnectorError;
    expect(error.code).toBe(ConnectorErrorCodes.InvalidConfig);
    expect(error.message).toContain('from');
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  it('rejects an unknown provider', () => {
    expect(configGuard.safeParse({ ...mailgun, provider: 'postage' }).success).toBe(false);
  });
});

describe('the config guard rejects what the mailer would reject later', () => {
  const sendGrid = {
    provider: 'sendgrid',
    apiKey: 'SG.config-secret',
    fromEmail: 'no-reply@acme.test',
    fromName: 'Acme',
    templates: ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) => ({
      usageType,
      type: 'text/plain',
      subject: 'Code {{code}}',
      content: 'Your code is {{code}}.',
    })),
  };
  const sendGridTemplate = (changes: Record<string, unknown>) => ({
    ...sendGrid,
    templates: [{ ...sendGrid.templates[0], ...changes }, ...sendGrid.templates.slice(1)],
  });

  it('accepts a valid config of each provider', () => {
    expect(configGuard.safeParse(mailgun).success).toBe(true);
    expect(configGuard.safeParse(sendGrid).success).toBe(true);
  });

  it.each([
    ['an unknown provider', { ...mailgun, provider: 'postage' }, 'provider'],
    ['no provider', { ...mailgun, provider: undefined }, 'provider'],
    ['Mailgun: api.mailgun1.net', { ...mailgun, endpoint: 'https://api.mailgun1.net' }, 'endpoint'],
    [
      'Mailgun: an endpoint ending in /v3',
      { ...mailgun, endpoint: 'https://api.mailgun.net/v3' },
      'endpoint',
    ],
    ['Mailgun: a domain with a scheme', { ...mailgun, domain: 'https://mg.example.com' }, 'domain'],
    ['Mailgun: a from that is a bare name', { ...mailgun, from: 'Acme' }, 'from'],
    [
      'Mailgun: a delivery that does not parse',
      { ...mailgun, deliveries: { Generic: { subject: 'Code {{code', html: 'x' } } },
      'deliveries.Generic.subject',
    ],
    ['SendGrid: a base URL off SendGrid', { ...sendGrid, baseUrl: 'https://evil.test' }, 'baseUrl'],
    [
      'SendGrid: a fromEmail that is not an address',
      { ...sendGrid, fromEmail: 'acme' },
      'fromEmail',
    ],
    [
      'SendGrid: a fromName with CR/LF',
      { ...sendGrid, fromName: 'Acme\r\nBcc: x@evil.test' },
      'fromName',
    ],
    [
      'SendGrid: a template that does not parse',
      sendGridTemplate({ content: '{{#if code}}' }),
      'templates.0.content',
    ],
    [
      'SendGrid: a templateId that is not a dynamic template',
      sendGridTemplate({ templateId: 'legacy' }),
      'templates.0.templateId',
    ],
  ])('rejects %s, naming the field', (_, config, field) => {
    const result = configGuard.safeParse(config);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
    expect(JSON.stringify(result.error?.issues)).not.toMatch(/key-config-secret|SG\.config-secret/);
  });
});

describe('the mailer cache', () => {
  it('builds one mailer per config object', () => {
    const mailerFor = createMailerCache(noTemplates);
    const stored = { ...mailgun };
    const first: Mailer = mailerFor(stored).mailer;
    expect(mailerFor(stored).mailer).toBe(first);
    expect(mailerFor({ ...mailgun }).mailer).not.toBe(first);
  });
});
