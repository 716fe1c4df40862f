import type { Transport } from '@authmail/core';
import type { SesCredentials } from '@authmail/ses';
import { loadProviderPackage } from '../load-provider.js';
import type { ProviderEnv } from '../provider-env.js';

/**
 * Amazon SES: `AWS_REGION`, `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`
 * (with `AWS_SESSION_TOKEN?`; both keys left out: the AWS SDK's own chain,
 * such as an IAM role), and `SES_ENDPOINT?` (a proxy, or a fake API).
 */
export async function sesFromEnv(env: ProviderEnv): Promise<Transport> {
  const { createSesTransport } = await loadProviderPackage('ses', () => import('@authmail/ses'));
  const endpoint = env.optional('SES_ENDPOINT');
  return createSesTransport({
    region: env.required('AWS_REGION'),
    credentials: awsCredentials(env),
    endpoint,
    allowCustomEndpoint: endpoint !== undefined,
  });
}

/** The static keys when either is set (then both are required); otherwise the SDK finds them. */
function awsCredentials(env: ProviderEnv): SesCredentials | undefined {
  if (!env.optional('AWS_ACCESS_KEY_ID') && !env.optional('AWS_SECRET_ACCESS_KEY')) {
    return undefined;
  }
  return {
    accessKeyId: env.required('AWS_ACCESS_KEY_ID'),
    secretAccessKey: env.required('AWS_SECRET_ACCESS_KEY'),
    sessionToken: env.optional('AWS_SESSION_TOKEN'),
  };
}
