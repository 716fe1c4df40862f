import { type Deliver, startSend } from './deliver.js';
import type { BetterAuthEmails } from './emails-type.js';
import { type BetterAuthEmailsOptions, configError } from './options.js';
import { authmailOrganization, authmailUser } from './variables.js';

/**
 * The organization plugin's invitation: `OrganizationInvitation` with the
 * link `invitationUrl(invitation)` builds, the organization and the inviter.
 *
 * @throws AuthmailError `invalid_config` naming `invitationUrl` when it was not given.
 */
export function invitationSender(
  deliver: Deliver,
  options: BetterAuthEmailsOptions,
): BetterAuthEmails['sendInvitationEmail'] {
  return async (invitation, request) => {
    if (options.invitationUrl === undefined) {
      throw configError(
        'invitationUrl',
        'needed to send organization invitations (better-auth hands over the invitation, not a link)',
      );
    }
    const { envelope } = startSend('sendInvitationEmail', invitation.email, undefined, { request });
    await deliver(envelope, 'OrganizationInvitation', {
      link: options.invitationUrl(invitation),
      organization: authmailOrganization(invitation.organization),
      inviter: authmailUser(invitation.inviter.user),
    });
  };
}
