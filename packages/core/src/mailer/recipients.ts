import { type EmailAddress, formatAddress } from '../address.js';
import { AuthmailError } from '../errors.js';
import { asAuthmailError } from '../util/settle.js';
import { recipientAddress } from './addresses.js';

/** A `sendMany` recipient whose `to` is one address not seen before in the call. */
export interface ScreenedRecipient {
  /** Its place in the request, where its result goes. */
  index: number;
  /** `to` as the caller gave it, which its result carries. */
  to: string;
  /** The address the transport gets, written canonically. */
  address: string;
  variables: unknown;
}

/** A recipient refused before anything is sent. */
export interface RefusedRecipient {
  index: number;
  to: string;
  reason: AuthmailError;
}

/** {@link screenRecipients}' verdict on every recipient. */
export interface Screening {
  accepted: ScreenedRecipient[];
  refused: RefusedRecipient[];
}

/**
 * Checks every recipient's `to` as `send` does, and keeps the first of
 * recipients whose addresses are equal ignoring case: the others are
 * refused with `invalid_message` naming the address, so no address gets two
 * emails from one call and a batch never holds one address twice (Mailgun's
 * recipient-variables would keep only the last one's variables).
 */
export function screenRecipients(
  recipients: readonly { to: string; variables: unknown }[],
): Screening {
  const screening: Screening = { accepted: [], refused: [] };
  const seen = new Set<string>();
  for (const [index, { to, variables }] of recipients.entries()) {
    const read = readRecipient(to);
    if (read instanceof AuthmailError) {
      screening.refused.push({ index, to, reason: read });
      continue;
    }
    const key = read.email.toLowerCase();
    if (seen.has(key)) screening.refused.push({ index, to, reason: duplicate(read.email) });
    else screening.accepted.push({ index, to, address: formatAddress(read), variables });
    seen.add(key);
  }
  return screening;
}

function readRecipient(to: string): EmailAddress | AuthmailError {
  try {
    return recipientAddress(to);
  } catch (error) {
    return asAuthmailError(error);
  }
}

function duplicate(email: string): AuthmailError {
  return new AuthmailError(
    'invalid_message',
    `to ${email} appears earlier in this sendMany (addresses are compared ignoring case): it is sent once, to the first`,
    { details: { field: 'to', duplicate: email } },
  );
}
