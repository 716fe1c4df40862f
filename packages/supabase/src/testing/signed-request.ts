import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A hook secret as the Supabase dashboard shows one. */
export const testSecret = `v1,whsec_${Buffer.from('authmail supabase hook test key!').toString('base64')}`;

/** How to sign: another secret, another time. */
export interface SignOptions {
  secret?: string;
  at?: Date;
}

/**
 * A POST as Supabase Auth sends it (`v0http`): the JSON body, signed with
 * Standard Webhooks under `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` (`v1,<base64>`), the secret's `v1,` prefix stripped.
 */
export function signedPost(
  body: string,
  { secret = testSecret, at = new Date() }: SignOptions = {},
) {
  const id = randomUUID();
  const signature = new Webhook(secret.replace(/^v1,/, '')).sign(id, at, body);
  return {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  } satisfies RequestInit;
}
