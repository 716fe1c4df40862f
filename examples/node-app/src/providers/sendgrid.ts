import type { Transport } from '@authmail/core';
import { createSendGridTransport } from '@authmail/sendgrid';
import type { ProviderEnv } from '../provider-env.js';

/** SendGrid: `SENDGRID_API_KEY`, and `SENDGRID_BASE_URL?` (a proxy, or a fake API). */
export function sendgridFromEnv(env: ProviderEnv): Transport {
  const baseUrl = env.optional('SENDGRID_BASE_URL');
  return createSendGridTransport({
    apiKey: env.required('SENDGRID_API_KEY'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
