import { createMailer, type Mailer, type Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createOutboxTransport } from '@authmail/outbox';
import { createSendGridTransport } from '@authmail/sendgrid';

/** A configuration problem, told in one line that names the variable. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** Where the app's email goes, read from the environment. */
export interface EmailSettings {
  transport: Transport;
  from: string;
  /** Where email goes: `outbox`, `mailgun` or `sendgrid`. */
  destination: 'outbox' | 'mailgun' | 'sendgrid';
  /** For the outbox: the absolute path of its folder. */
  outboxDir?: string;
}

/** Default sender when `AUTHMAIL_FROM` is not set. */
export const defaultFrom = 'Acme Notes <no-reply@notes.acme.test>';

/**
 * Builds the transport `AUTHMAIL_PROVIDER` names: `outbox` (default; files in
 * `AUTHMAIL_OUTBOX_DIR`, default `./outbox`), `mailgun` (`MAILGUN_API_KEY`,
 * `MAILGUN_DOMAIN`, `MAILGUN_ENDPOINT?`) or `sendgrid` (`SENDGRID_API_KEY`).
 *
 * @throws EnvironmentError naming the missing or wrong variable.
 */
export function emailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSettings {
  const provider = (env.AUTHMAIL_PROVIDER ?? 'outbox').trim().toLowerCase();
  const from = env.AUTHMAIL_FROM ?? defaultFrom;
  switch (provider) {
    case 'outbox': {
      const transport = createOutboxTransport({ dir: env.AUTHMAIL_OUTBOX_DIR ?? 'outbox' });
      return { transport, from, destination: 'outbox', outboxDir: transport.dir };
    }
    case 'mailgun': {
      const transport = createMailgunTransport({
        apiKey: required(env, 'MAILGUN_API_KEY', provider),
        domain: required(env, 'MAILGUN_DOMAIN', provider),
        ...(env.MAILGUN_ENDPOINT ? { endpoint: env.MAILGUN_ENDPOINT } : {}),
        ...(env.MAILGUN_ALLOW_CUSTOM_ENDPOINT === 'true' ? { allowCustomEndpoint: true } : {}),
      });
      return { transport, from, destination: 'mailgun' };
    }
    case 'sendgrid': {
      const transport = createSendGridTransport({
        apiKey: required(env, 'SENDGRID_API_KEY', provider),
        ...(env.SENDGRID_BASE_URL
          ? { baseUrl: env.SENDGRID_BASE_URL, allowCustomBaseUrl: true }
          : {}),
      });
      return { transport, from, destination: 'sendgrid' };
    }
    default:
      throw new EnvironmentError(
        `AUTHMAIL_PROVIDER must be outbox, mailgun or sendgrid, not "${provider}"`,
      );
  }
}

/**
 * The app's mailer: the configured transport and sender, with the built-in
 * templates. `validateVariables: false` is for Logto's emails, whose payload
 * may lack context Logto could not look up.
 */
export function mailerFor(
  settings: EmailSettings,
  { validateVariables = true }: { validateVariables?: boolean } = {},
): Mailer {
  return createMailer({
    transport: settings.transport,
    from: settings.from,
    builtins: true,
    validateVariables,
  });
}

function required(env: NodeJS.ProcessEnv, name: string, provider: string): string {
  const value = env[name]?.trim();
  if (!value) throw new EnvironmentError(`${name} is required when AUTHMAIL_PROVIDER=${provider}`);
  return value;
}
