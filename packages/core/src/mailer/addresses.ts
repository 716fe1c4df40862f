import { type EmailAddress, formatAddress, parseAddress } from '../address.js';
import { AuthmailError } from '../errors.js';

/**
 * The one recipient of a send. Besides {@link parseAddress}'s rules, its
 * display name holds no `,` or `;`, even quoted: a reader that ignores the
 * quotes would see two recipients, and SendGrid refuses them in a
 * recipient's name, so no provider reads the value differently.
 *
 * @throws AuthmailError `invalid_message` naming `to`.
 */
export function recipientAddress(to: string): EmailAddress {
  const address = parseAddress(to, 'to', 'invalid_message');
  if (!address.name || !/[,;]/.test(address.name)) return address;
  throw new AuthmailError(
    'invalid_message',
    `to must be one address: its display name must not hold "," or ";", even in quotes, got ${JSON.stringify(address.name)}`,
    { details: { field: 'to' } },
  );
}

/**
 * A rendered reply-to: exactly one address, written back canonically, or
 * nothing when it rendered blank (say, an inviter without an email).
 *
 * @throws AuthmailError `invalid_message` naming `replyTo`.
 */
export function renderedReplyTo(rendered: string | undefined): { replyTo?: string } {
  if (rendered === undefined || rendered.trim() === '') return {};
  return { replyTo: formatAddress(parseAddress(rendered, 'replyTo', 'invalid_message')) };
}
