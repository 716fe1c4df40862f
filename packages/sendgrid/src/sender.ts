import { AuthmailError } from '@authmail/core';
import { formatAddress, parseAddress } from '@authmail/core/provider';

const provider = 'sendgrid';

/**
 * The sender a SendGrid config sends as: `fromName <fromEmail>`, or
 * `fromEmail` alone when there is no name.
 *
 * @throws AuthmailError `invalid_config` whose message starts with `fromEmail` or `fromName`.
 */
export function sendGridSender(config: {
  fromEmail: string;
  fromName?: string | undefined;
}): string {
  return withDisplayName(sendGridFromEmail(config.fromEmail), config.fromName);
}

/**
 * `fromEmail`, which must be an address alone: Logto sends it as the sender's
 * `email` and the name goes in `fromName`.
 *
 * @returns the address.
 * @throws AuthmailError `invalid_config` whose message starts with `fromEmail`.
 */
export function sendGridFromEmail(fromEmail: string): string {
  const address = parseAddress(fromEmail, 'fromEmail');
  if (address.name === undefined) return address.email;
  throw new AuthmailError(
    'invalid_config',
    'fromEmail must be an address alone, such as no-reply@acme.test: put the name in fromName',
    { provider },
  );
}

/**
 * `name <email>`, or `email` when `name` is blank. The name must come back
 * unchanged when the mailer reads the sender, as it does before every send.
 *
 * @throws AuthmailError `invalid_config` whose message starts with `fromName`.
 */
export function withDisplayName(email: string, name: string | undefined): string {
  const displayName = name?.trim();
  if (!displayName) return email;
  const sender = formatAddress({ email, name: displayName });
  if (readsName(sender, displayName)) return sender;
  throw new AuthmailError(
    'invalid_config',
    'fromName cannot be sent as a display name: keep it on one line, without control characters',
    { provider },
  );
}

function readsName(sender: string, name: string): boolean {
  try {
    return parseAddress(sender).name === name;
  } catch {
    return false;
  }
}
