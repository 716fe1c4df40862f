import { createMailer, type Mailer, type Transport } from '@authmail/core';
import { createOutboxTransport } from '@authmail/outbox';
import { EnvironmentError, providerEnv } from './provider-env.js';
import { isProviderName, type ProviderName, providersFromEnv } from './providers/index.js';

export { EnvironmentError } from './provider-env.js';

/** Where the app's email goes, read from the environment. */
export interface EmailSettings {
  transport: Transport;
  from: string;
  /** Where email goes: `outbox`, or the provider `AUTHMAIL_PROVIDER` names. */
  destination: 'outbox' | ProviderName;
  /** For the outbox: the absolute path of its folder. */
  outboxDir?: string;
}

/** Default sender when `AUTHMAIL_FROM` is not set. */
export const defaultFrom = 'Acme Notes <no-reply@notes.acme.test>';

/** Every value `AUTHMAIL_PROVIDER` takes, for the message that lists them. */
const destinations = ['outbox', ...Object.keys(providersFromEnv)];

/**
 * Builds the transport `AUTHMAIL_PROVIDER` names: `outbox` (default; files in
 * `AUTHMAIL_OUTBOX_DIR`, default `./outbox`), or one of the email providers
 * (`mailgun`, `sendgrid`, `smtp`, `resend`, `ses`, `postmark`), each from its
 * own variables (see `./providers/`).
 *
 * @throws EnvironmentError naming the missing or wrong variable.
 */
export function emailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSettings {
  const provider = (env.AUTHMAIL_PROVIDER ?? 'outbox').trim().toLowerCase();
  const from = env.AUTHMAIL_FROM ?? defaultFrom;
  if (provider === 'outbox') {
    const transport = createOutboxTransport({ dir: env.AUTHMAIL_OUTBOX_DIR ?? 'outbox' });
    return { transport, from, destination: 'outbox', outboxDir: transport.dir };
  }
  if (!isProviderName(provider)) {
    const choices = `${destinations.slice(0, -1).join(', ')} or ${destinations.at(-1)}`;
    throw new EnvironmentError(`AUTHMAIL_PROVIDER must be ${choices}, not "${provider}"`);
  }
  const transport = providersFromEnv[provider](providerEnv(env, provider));
  return { transport, from, destination: provider };
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
