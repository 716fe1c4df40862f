import { describe, expect, it } from 'vitest';
import { createSmtpMailer, smtpConfigSchema } from './index.js';

const template = (usageType: string) => ({
  usageType,
  contentType: 'text/html',
  subject: 'Your code',
  content: '<p>{{code}}</p>',
});

/** A config as Logto's SMTP connector stores it (its guard's defaults filled in). */
const logtoConfig = {
  host: 'smtp.example.com',
  port: 587,
  auth: { user: 'no-reply@example.com', pass: 'smtp-password-1' },
  fromEmail: 'Acme <no-reply@example.com>',
  replyTo: 'help@example.com',
  customHeaders: { 'X-Tenant': 'acme', 'X-List': ['a', 'b'] },
  templates: ['Register', 'SignIn', 'ForgotPassword', 'Generic'].map(template),
  logger: false,
  debug: false,
  disableFileAccess: true,
  disableUrlAccess: true,
  name: 'auth.example.com',
  connectionTimeout: 120_000,
  greetingTimeout: 30_000,
  socketTimeout: 600_000,
  dnsTimeout: 30_000,
  secure: false,
  tls: {},
  requireTLS: true,
};

const variants: Record<string, unknown>[] = [
  logtoConfig,
  { ...logtoConfig, auth: { type: 'login' } },
  { ...logtoConfig, auth: { type: 'OAuth2', user: 'u@example.com', accessToken: 'at-1' } },
  { ...logtoConfig, auth: { user: 'u@example.com', privateKey: 'k', serviceClient: '1' } },
  { ...logtoConfig, auth: { user: 'u@example.com', pass: '' } },
  { ...logtoConfig, host: 'smtp://smtp.example.com' },
  { ...logtoConfig, port: 70_000 },
  { ...logtoConfig, fromEmail: 'not an address' },
  { ...logtoConfig, customHeaders: { 'X-Bad': 1 } },
  { ...logtoConfig, templates: [template('SignIn')] },
  {
    ...logtoConfig,
    templates: [...logtoConfig.templates, { ...template('Test'), content: '{{#if}}' }],
  },
];

describe('Logto SMTP config', () => {
  it('is accepted unchanged', () => {
    expect(smtpConfigSchema.safeParse(logtoConfig).success).toBe(true);
    expect(() => createSmtpMailer(logtoConfig as never)).not.toThrow();
  });

  it.each(variants.map((config, index) => [index, config]))(
    'variant %i: the schema accepts it exactly when createSmtpMailer does',
    (_index, config) => {
      const accepted = smtpConfigSchema.safeParse(config).success;
      let created = true;
      try {
        createSmtpMailer(config as never);
      } catch {
        created = false;
      }
      expect(accepted).toBe(created);
    },
  );
});
