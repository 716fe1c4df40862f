import type { Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import type { ProviderEnv } from '../provider-env.js';

/**
 * Mailgun: `MAILGUN_API_KEY`, `MAILGUN_DOMAIN`, `MAILGUN_ENDPOINT?` (e.g.
 * `https://api.eu.mailgun.net`), and `MAILGUN_ALLOW_CUSTOM_ENDPOINT=true`
 * for an endpoint off Mailgun's hosts.
 */
export function mailgunFromEnv(env: ProviderEnv): Transport {
  return createMailgunTransport({
    apiKey: env.required('MAILGUN_API_KEY'),
    domain: env.required('MAILGUN_DOMAIN'),
    endpoint: env.optional('MAILGUN_ENDPOINT'),
    allowCustomEndpoint: env.flag('MAILGUN_ALLOW_CUSTOM_ENDPOINT'),
  });
}
