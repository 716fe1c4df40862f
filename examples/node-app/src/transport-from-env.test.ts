import { expect, it } from 'vitest';
import { emailSettingsFromEnv } from './transport-from-env.js';

it('names the missing variable in one line', () => {
  expect(() =>
    emailSettingsFromEnv({ AUTHMAIL_PROVIDER: 'mailgun', MAILGUN_DOMAIN: 'mg.example.com' }),
  ).toThrow('MAILGUN_API_KEY is required when AUTHMAIL_PROVIDER=mailgun');
  expect(() => emailSettingsFromEnv({ AUTHMAIL_PROVIDER: 'sendgrid' })).toThrow(
    'SENDGRID_API_KEY is required when AUTHMAIL_PROVIDER=sendgrid',
  );
  expect(() => emailSettingsFromEnv({ AUTHMAIL_PROVIDER: 'postmark' })).toThrow(
    /AUTHMAIL_PROVIDER must be outbox, mailgun or sendgrid/,
  );
});

it('builds each provider from the environment, the outbox by default', () => {
  expect(emailSettingsFromEnv({ AUTHMAIL_OUTBOX_DIR: '/tmp/authmail-env-test' })).toMatchObject({
    destination: 'outbox',
    outboxDir: '/tmp/authmail-env-test',
  });
  expect(
    emailSettingsFromEnv({
      AUTHMAIL_PROVIDER: 'mailgun',
      MAILGUN_API_KEY: 'k',
      MAILGUN_DOMAIN: 'mg.example.com',
    }).transport.name,
  ).toBe('mailgun');
  expect(
    emailSettingsFromEnv({
      AUTHMAIL_PROVIDER: 'SendGrid',
      SENDGRID_API_KEY: 'SG.k',
      AUTHMAIL_FROM: 'A <a@b.co>',
    }),
  ).toMatchObject({
    from: 'A <a@b.co>',
    destination: 'sendgrid',
  });
});
