import type { Transport } from '@authmail/core';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/**
 * Mailgun: `MAILGUN_API_KEY`, `MAILGUN_DOMAIN`, `MAILGUN_ENDPOINT?` (e.g.
 * `https://api.eu.mailgun.net`), and `MAILGUN_ALLOW_CUSTOM_ENDPOINT=true`
 * for an endpoint off Mailgun's hosts (a proxy, or a fake API).
 */
export async function mailgunFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createMailgunTransport } = await loadProviderPackage(
    'mailgun',
    () => import('@authmail/mailgun'),
  );
  return createMailgunTransport({
    apiKey: env.required('MAILGUN_API_KEY'),
    domain: env.required('MAILGUN_DOMAIN'),
    endpoint: env.optional('MAILGUN_ENDPOINT'),
    allowCustomEndpoint: env.flag('MAILGUN_ALLOW_CUSTOM_ENDPOINT'),
  });
}
