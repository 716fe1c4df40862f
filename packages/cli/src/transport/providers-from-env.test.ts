import { createMailer } from '@authmail/core';
import {
  startFakePostmark,
  startFakeResend,
  startFakeSendGrid,
  startFakeSes,
  startFakeSmtp,
} from '@authmail/testkit';
import { expect, it } from 'vitest';
import { emailSettingsFromEnv } from './email-settings.js';
import type { Environment } from './provider-env.js';

/** A fake provider API, the environment that points at it, and what it received. */
interface FakeProvider {
  env: Environment;
  /** The recipient and subject of each message it accepted. */
  received(): { to: unknown; subject: unknown }[];
  close(): Promise<void>;
}

/** The fake of each provider but Mailgun (the send command's tests send through Mailgun's). */
const fakes: Record<string, () => Promise<FakeProvider>> = {
  async sendgrid() {
    const fake = await startFakeSendGrid({ apiKey: 'SG.notes' });
    return {
      env: { SENDGRID_API_KEY: 'SG.notes', SENDGRID_BASE_URL: fake.url },
      received: () =>
        fake.messages.map(({ body }) => ({
          to: body.personalizations[0]?.to[0]?.email,
          subject: body.subject,
        })),
      close: () => fake.close(),
    };
  },
  async smtp() {
    const fake = await startFakeSmtp({ user: 'notes' });
    return {
      env: {
        SMTP_HOST: fake.host,
        SMTP_PORT: String(fake.port),
        SMTP_USER: fake.user,
        SMTP_PASS: fake.apiKey,
      },
      received: () => fake.messages.map(({ to, subject }) => ({ to: to[0], subject })),
      close: () => fake.close(),
    };
  },
  async resend() {
    const fake = await startFakeResend({ apiKey: 're_notes' });
    return {
      env: { RESEND_API_KEY: 're_notes', RESEND_BASE_URL: fake.url },
      received: () =>
        fake.messages.flatMap(({ emails }) => emails.map(({ to, subject }) => ({ to, subject }))),
      close: () => fake.close(),
    };
  },
  async ses() {
    const fake = await startFakeSes({ secretAccessKey: 'ses-notes-secret' });
    return {
      env: {
        AWS_REGION: fake.region,
        AWS_ACCESS_KEY_ID: fake.accessKeyId,
        AWS_SECRET_ACCESS_KEY: 'ses-notes-secret',
        SES_ENDPOINT: fake.url,
      },
      received: () =>
        fake.messages.map((message) =>
          message.operation === 'SendEmail'
            ? {
                to: message.body.Destination?.ToAddresses?.[0],
                subject: message.body.Content?.Simple?.Subject?.Data,
              }
            : { to: 'SendBulkEmail', subject: undefined },
        ),
      close: () => fake.close(),
    };
  },
  async postmark() {
    const fake = await startFakePostmark({ serverToken: 'pm-notes', messageStreams: ['auth'] });
    return {
      env: {
        POSTMARK_SERVER_TOKEN: 'pm-notes',
        POSTMARK_MESSAGE_STREAM: 'auth',
        POSTMARK_BASE_URL: fake.url,
      },
      received: () =>
        fake.messages.flatMap(({ accepted }) =>
          accepted.map(({ To, Subject }) => ({ to: To, subject: Subject })),
        ),
      close: () => fake.close(),
    };
  },
};

it.each(Object.entries(fakes))(
  'sends a sign-in code through %s, configured from the environment alone',
  async (provider, startFake) => {
    const fake = await startFake();
    try {
      const settings = await emailSettingsFromEnv({ AUTHMAIL_PROVIDER: provider, ...fake.env });
      const mailer = createMailer({
        transport: settings.transport,
        from: 'Acme Notes <no-reply@notes.acme.test>',
        builtins: true,
      });
      const result = await mailer.send({
        to: 'ann@example.com',
        usageType: 'SignIn',
        variables: { code: '482913', application: { id: 'notes', name: 'Acme Notes' } },
      });
      expect(result.provider).toBe(provider);
      expect(fake.received()).toEqual([
        { to: 'ann@example.com', subject: expect.stringContaining('482913') },
      ]);
    } finally {
      await fake.close();
    }
  },
);
