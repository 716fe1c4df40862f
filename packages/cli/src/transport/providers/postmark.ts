import type { Transport } from '@authmail/core';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/**
 * Postmark: `POSTMARK_SERVER_TOKEN`, `POSTMARK_MESSAGE_STREAM?` (default
 * `outbound`), and `POSTMARK_BASE_URL?` (a proxy, or a fake API).
 */
export async function postmarkFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createPostmarkTransport } = await loadProviderPackage(
    'postmark',
    () => import('@authmail/postmark'),
  );
  const baseUrl = env.optional('POSTMARK_BASE_URL');
  return createPostmarkTransport({
    serverToken: env.required('POSTMARK_SERVER_TOKEN'),
    messageStream: env.optional('POSTMARK_MESSAGE_STREAM'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
