import type { Transport } from '@authmail/core';
import { createResendTransport } from '@authmail/resend';
import type { ProviderEnv } from '../provider-env.js';

/** Resend: `RESEND_API_KEY`, and `RESEND_BASE_URL?` (a proxy, or a fake API). */
export function resendFromEnv(env: ProviderEnv): Transport {
  const baseUrl = env.optional('RESEND_BASE_URL');
  return createResendTransport({
    apiKey: env.required('RESEND_API_KEY'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
