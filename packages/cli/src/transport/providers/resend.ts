import type { Transport } from '@authmail/core';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/** Resend: `RESEND_API_KEY`, and `RESEND_BASE_URL?` (a proxy, or a fake API). */
export async function resendFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createResendTransport } = await loadProviderPackage(
    'resend',
    () => import('@authmail/resend'),
  );
  const baseUrl = env.optional('RESEND_BASE_URL');
  return createResendTransport({
    apiKey: env.required('RESEND_API_KEY'),
    baseUrl,
    allowCustomBaseUrl: baseUrl !== undefined,
  });
}
