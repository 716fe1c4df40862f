import { resolve } from 'node:path';
import type { Transport } from '@authmail/core';
import { createOutboxTransport } from '@authmail/outbox';
import { type Environment, environmentProblem, providerEnv } from './provider-env.js';
import { isProviderName, type ProviderName, providersFromEnv } from './providers/index.js';

/** Where email goes, read from the environment by {@link emailSettingsFromEnv}. */
export interface EmailSettings {
  /** The transport `AUTHMAIL_PROVIDER` names. */
  transport: Transport;
  /** `outbox`, or the provider `AUTHMAIL_PROVIDER` names. */
  destination: 'outbox' | ProviderName;
  /** The sender `AUTHMAIL_FROM` names (`Name <address>`), when it is set. */
  from?: string;
  /** For the outbox: the absolute path of its folder. */
  outboxDir?: string;
}

/** Options of {@link emailSettingsFromEnv}. */
export interface EmailSettingsOptions {
  /** The folder a relative `AUTHMAIL_OUTBOX_DIR` is resolved against. Default `process.cwd()`. */
  cwd?: string;
}

/** Every value `AUTHMAIL_PROVIDER` takes, for the message that lists them. */
const destinations = ['outbox', ...Object.keys(providersFromEnv)];

/**
 * Builds the transport `AUTHMAIL_PROVIDER` names (any case): `outbox`
 * (default; files in `AUTHMAIL_OUTBOX_DIR`, default `./outbox` under `cwd`),
 * or `mailgun`, `sendgrid`, `smtp`, `resend`, `ses` or `postmark`, each from
 * its own variables (`MAILGUN_API_KEY`, `SMTP_HOST`, …; see the CLI's
 * README). A provider's package (`@authmail/ses`, …) is imported only when
 * it is the one named, so only that one need be installed.
 *
 * @example
 * ```ts
 * import { createMailer } from '@authmail/core';
 * import { emailSettingsFromEnv } from '@authmail/cli';
 *
 * const settings = await emailSettingsFromEnv(process.env);
 * const mailer = createMailer({
 *   transport: settings.transport,
 *   from: settings.from ?? 'Acme <no-reply@acme.test>',
 *   builtins: true,
 * });
 * ```
 * @throws AuthmailError `invalid_config` naming the missing or wrong
 * variable (never its value), or the package to install.
 */
export async function emailSettingsFromEnv(
  env: Environment,
  { cwd = process.cwd() }: EmailSettingsOptions = {},
): Promise<EmailSettings> {
  const provider = (env.AUTHMAIL_PROVIDER?.trim() || 'outbox').toLowerCase();
  const from = env.AUTHMAIL_FROM?.trim() || undefined;
  const withFrom = from === undefined ? {} : { from };
  if (provider === 'outbox') {
    const dir = resolve(cwd, env.AUTHMAIL_OUTBOX_DIR?.trim() || 'outbox');
    const transport = createOutboxTransport({ dir });
    return { transport, destination: 'outbox', ...withFrom, outboxDir: transport.dir };
  }
  if (!isProviderName(provider)) {
    const choices = `${destinations.slice(0, -1).join(', ')} or ${destinations.at(-1)}`;
    throw environmentProblem(
      'AUTHMAIL_PROVIDER',
      `AUTHMAIL_PROVIDER must be ${choices}, not "${provider}"`,
    );
  }
  const transport = await providersFromEnv[provider](providerEnv(env, provider));
  return { transport, destination: provider, ...withFrom };
}
