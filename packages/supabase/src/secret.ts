import { AuthmailError } from '@authmail/core';
import { Webhook } from 'standardwebhooks';

/**
 * `v1,whsec_<base64>` as Supabase shows it, or the bare `whsec_<base64>`;
 * the key is padded base64, as Supabase decodes it, and not empty.
 */
const secretPattern =
  /^(?:v1,)?whsec_((?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)$/;

const secretProblem =
  'secret: must be the hook secret as Supabase shows it, `v1,whsec_` followed by base64';

/**
 * A Standard Webhooks verifier for the hook secret. Supabase shows it as
 * `v1,whsec_<base64>`; the `standardwebhooks` package strips only `whsec_`,
 * so `v1,` goes first.
 *
 * @throws AuthmailError `invalid_config` naming `secret` (never its value)
 * when it is not such a secret.
 */
export function verifierFor(secret: unknown): Webhook {
  const key = typeof secret === 'string' ? secretPattern.exec(secret)?.[1] : undefined;
  if (!key) throw invalidSecret();
  return new Webhook(`whsec_${key}`);
}

function invalidSecret(): AuthmailError {
  return new AuthmailError('invalid_config', `Invalid Supabase hook options: ${secretProblem}`, {
    details: { issues: [secretProblem] },
  });
}
