import { describe, expect, it } from 'vitest';
import { emailSettingsFromEnv } from './transport-from-env.js';

const smtp = { AUTHMAIL_PROVIDER: 'smtp', SMTP_HOST: 'smtp.example.com' };
const ses = { AUTHMAIL_PROVIDER: 'ses', AWS_REGION: 'eu-west-1' };
const awsKeys = { AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 's' };

describe('a missing or wrong variable', () => {
  it.each([
    [{ AUTHMAIL_PROVIDER: 'mailgun', MAILGUN_DOMAIN: 'mg.example.com' }, 'MAILGUN_API_KEY'],
    [{ AUTHMAIL_PROVIDER: 'sendgrid' }, 'SENDGRID_API_KEY'],
    [{ AUTHMAIL_PROVIDER: 'smtp', SMTP_USER: 'no-reply@example.com' }, 'SMTP_HOST'],
    [{ ...smtp, SMTP_USER: 'u' }, 'SMTP_PASS'],
    [{ AUTHMAIL_PROVIDER: 'resend', RESEND_API_KEY: '  ' }, 'RESEND_API_KEY'],
    [{ AUTHMAIL_PROVIDER: 'ses', ...awsKeys }, 'AWS_REGION'],
    [{ ...ses, AWS_ACCESS_KEY_ID: 'AKIA1' }, 'AWS_SECRET_ACCESS_KEY'],
    [
      { AUTHMAIL_PROVIDER: 'postmark', POSTMARK_MESSAGE_STREAM: 'outbound' },
      'POSTMARK_SERVER_TOKEN',
    ],
  ])('is named in one line: %o', (env, variable) => {
    expect(() => emailSettingsFromEnv(env)).toThrow(
      `${variable} is required when AUTHMAIL_PROVIDER=${env.AUTHMAIL_PROVIDER}`,
    );
  });

  it('says what a value must be', () => {
    expect(() => emailSettingsFromEnv({ ...smtp, SMTP_PORT: '587x' })).toThrow(
      'SMTP_PORT must be a port number when AUTHMAIL_PROVIDER=smtp',
    );
    expect(() => emailSettingsFromEnv({ ...smtp, SMTP_SECURE: 'yes' })).toThrow(
      'SMTP_SECURE must be true or false when AUTHMAIL_PROVIDER=smtp',
    );
    expect(() => emailSettingsFromEnv({ AUTHMAIL_PROVIDER: 'sparkpost' })).toThrow(
      'AUTHMAIL_PROVIDER must be outbox, mailgun, sendgrid, smtp, resend, ses or postmark, not "sparkpost"',
    );
  });
});

it('builds the outbox by default', () => {
  expect(emailSettingsFromEnv({ AUTHMAIL_OUTBOX_DIR: '/tmp/authmail-env-test' })).toMatchObject({
    destination: 'outbox',
    outboxDir: '/tmp/authmail-env-test',
  });
});

it.each([
  { AUTHMAIL_PROVIDER: 'mailgun', MAILGUN_API_KEY: 'k', MAILGUN_DOMAIN: 'mg.example.com' },
  { AUTHMAIL_PROVIDER: 'SendGrid', SENDGRID_API_KEY: 'SG.k' },
  smtp,
  { ...smtp, SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASS: 'p' },
  { AUTHMAIL_PROVIDER: 'resend', RESEND_API_KEY: 're_k' },
  ses,
  { ...ses, ...awsKeys },
  { AUTHMAIL_PROVIDER: 'postmark', POSTMARK_SERVER_TOKEN: 't', POSTMARK_MESSAGE_STREAM: 'auth' },
])('builds $AUTHMAIL_PROVIDER from the environment', (env) => {
  const settings = emailSettingsFromEnv({ ...env, AUTHMAIL_FROM: 'A <a@b.co>' });
  const provider = env.AUTHMAIL_PROVIDER.toLowerCase();
  expect(settings).toMatchObject({ from: 'A <a@b.co>', destination: provider });
  expect(settings.transport.name).toBe(provider);
});
