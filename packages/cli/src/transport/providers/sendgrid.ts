import type { Transport } from '@authmail/core';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/** SendGrid: `SENDGRID_API_KEY`, and `SENDGRID_BASE_URL?` (a proxy, or a fake API). */
export async function sendgridFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createSendGridTransport } = await loadProviderPackage(
    'sendgrid',
    () => import('@authmail/sendgrid'),
  );
  const baseUrl = env.optional('SENDGRID_BASE_URL');
  return createSendGridTransport({
    apiKey: env.required('SENDGRID_API_KEY'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
