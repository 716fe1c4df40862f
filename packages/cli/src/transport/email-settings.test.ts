import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailSettingsFromEnv } from './email-settings.js';

const smtp = { AUTHMAIL_PROVIDER: 'smtp', SMTP_HOST: 'smtp.example.com' };
const ses = { AUTHMAIL_PROVIDER: 'ses', AWS_REGION: 'eu-west-1' };
const awsKeys = { AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 'aws-secret-value' };

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'authmail-env-'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

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
  ])('is named in one line: %o', async (env, variable) => {
    const error = await emailSettingsFromEnv(env, { cwd }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      code: 'invalid_config',
      message: `${variable} is required when AUTHMAIL_PROVIDER=${env.AUTHMAIL_PROVIDER}`,
      details: { variable },
    });
  });

  it('says what a value must be, without echoing a secret', async () => {
    await expect(emailSettingsFromEnv({ ...smtp, SMTP_PORT: '587x' })).rejects.toThrow(
      'SMTP_PORT must be a port number when AUTHMAIL_PROVIDER=smtp',
    );
    await expect(
      emailSettingsFromEnv({ ...smtp, SMTP_SECURE: 'yes', SMTP_PASS: 'smtp-secret-value' }),
    ).rejects.toThrow(/^SMTP_SECURE must be true or false when AUTHMAIL_PROVIDER=smtp$/);
    await expect(
      emailSettingsFromEnv({ AUTHMAIL_PROVIDER: 'sparkpost', SPARKPOST_API_KEY: 'sp-secret' }),
    ).rejects.toThrow(
      /^AUTHMAIL_PROVIDER must be outbox, mailgun, sendgrid, smtp, resend, ses or postmark, not "sparkpost"$/,
    );
  });
});

describe('the outbox', () => {
  it('is the default, in ./outbox under cwd', async () => {
    const settings = await emailSettingsFromEnv({}, { cwd });
    expect(settings).toMatchObject({ destination: 'outbox', outboxDir: join(cwd, 'outbox') });
    expect(settings.transport.name).toBe('outbox');
    expect(settings.from).toBeUndefined();
  });

  it('goes where AUTHMAIL_OUTBOX_DIR says, relative to cwd or absolute', async () => {
    const relative = await emailSettingsFromEnv({ AUTHMAIL_OUTBOX_DIR: 'mail/out' }, { cwd });
    expect(relative.outboxDir).toBe(join(cwd, 'mail', 'out'));
    const absolute = join(cwd, 'elsewhere');
    const settings = await emailSettingsFromEnv({
      AUTHMAIL_PROVIDER: ' Outbox ',
      AUTHMAIL_OUTBOX_DIR: absolute,
      AUTHMAIL_FROM: 'Acme <no-reply@acme.test>',
    });
    expect(settings).toMatchObject({ outboxDir: absolute, from: 'Acme <no-reply@acme.test>' });
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
])('builds $AUTHMAIL_PROVIDER from the environment', async (env) => {
  const settings = await emailSettingsFromEnv({ ...env, AUTHMAIL_FROM: 'A <a@b.co>' });
  const provider = env.AUTHMAIL_PROVIDER.toLowerCase();
  expect(settings).toMatchObject({ from: 'A <a@b.co>', destination: provider });
  expect(settings.transport.name).toBe(provider);
});
