import type { Transport } from '@authmail/core';
import { createPostmarkTransport } from '@authmail/postmark';
import type { ProviderEnv } from '../provider-env.js';

/**
 * Postmark: `POSTMARK_SERVER_TOKEN`, `POSTMARK_MESSAGE_STREAM?` (default
 * `outbound`), and `POSTMARK_BASE_URL?` (a proxy, or a fake API).
 */
export function postmarkFromEnv(env: ProviderEnv): Transport {
  const baseUrl = env.optional('POSTMARK_BASE_URL');
  return createPostmarkTransport({
    serverToken: env.required('POSTMARK_SERVER_TOKEN'),
    messageStream: env.optional('POSTMARK_MESSAGE_STREAM'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
