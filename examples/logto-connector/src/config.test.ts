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

  it('is usable by Logto: validateConfig throws invalid_config on a bad config', async () => {
    const connector = await createConnector({ getConfig: async () => mailgun });
    expect(() => validateConfig(mailgun, connector.configGuard)).not.toThrow();
    expect(() => validateConfig({ provider: 'postmark' }, connector.configGuard)).toThrow(
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
    expect(configGuard.safeParse({ ...mailgun, provider: 'postmark' }).success).toBe(false);
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
