import { createHmac } from 'node:crypto';
import { secretEquals } from '../http/secret-equals.js';

/** The header Logto signs webhook requests with. */
export const logtoSignatureHeader = 'logto-signature-sha-256';

/**
 * Whether `signature` is Logto's signature of `body`: the hex HMAC-SHA256 of
 * the raw body with the webhook's signing key, compared in constant time.
 */
export function isLogtoSignature(body: Uint8Array, signature: string, signingKey: string): boolean {
  const expected = createHmac('sha256', signingKey).update(body).digest('hex');
  return secretEquals(signature.trim().toLowerCase(), expected);
}
