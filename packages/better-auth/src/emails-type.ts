import type { BetterAuthOptions } from 'better-auth';
import type {
  EmailOTPOptions,
  MagicLinkOptions,
  OrganizationOptions,
  TwoFactorOptions,
} from 'better-auth/plugins';

type Defined<T> = Exclude<T, undefined>;
type UserOptions = Defined<BetterAuthOptions['user']>;

/**
 * What {@link betterAuthEmails} returns: one sender per better-auth email
 * option, each named as the option it goes into and typed as better-auth
 * types that option, so it drops in as it is:
 *
 * | sender | better-auth option |
 * | --- | --- |
 * | `sendVerificationOTP` | `emailOTP({ sendVerificationOTP })` |
 * | `sendResetPassword` | `emailAndPassword.sendResetPassword` |
 * | `sendVerificationEmail` | `emailVerification.sendVerificationEmail` |
 * | `sendChangeEmailConfirmation` | `user.changeEmail.sendChangeEmailConfirmation` |
 * | `sendDeleteAccountVerification` | `user.deleteUser.sendDeleteAccountVerification` |
 * | `sendInvitationEmail` | `organization({ sendInvitationEmail })` |
 * | `sendMagicLink` | `magicLink({ sendMagicLink })` |
 * | `sendOTP` | `twoFactor({ otpOptions: { sendOTP } })` |
 *
 * Each resolves once the mailer accepted the email and rejects with the
 * mailer's `AuthmailError` when it did not.
 */
export interface BetterAuthEmails {
  /** Email OTP plugin: the sign-in, email verification, password reset or change-email code. */
  sendVerificationOTP: EmailOTPOptions['sendVerificationOTP'];
  /** The password reset link. */
  sendResetPassword: Defined<Defined<BetterAuthOptions['emailAndPassword']>['sendResetPassword']>;
  /** The email verification link; the new address's link when the user changes their email. */
  sendVerificationEmail: Defined<
    Defined<BetterAuthOptions['emailVerification']>['sendVerificationEmail']
  >;
  /** The link to the current address that approves changing to a new one. */
  sendChangeEmailConfirmation: Defined<
    Defined<UserOptions['changeEmail']>['sendChangeEmailConfirmation']
  >;
  /** The link that confirms deleting the account. */
  sendDeleteAccountVerification: Defined<
    Defined<UserOptions['deleteUser']>['sendDeleteAccountVerification']
  >;
  /** Organization plugin: the invitation, linking to `invitationUrl(invitation)`. */
  sendInvitationEmail: Defined<OrganizationOptions['sendInvitationEmail']>;
  /** Magic link plugin: the sign-in link. */
  sendMagicLink: MagicLinkOptions['sendMagicLink'];
  /** Two-factor plugin: the one-time code of an email second factor. */
  sendOTP: Defined<Defined<TwoFactorOptions['otpOptions']>['sendOTP']>;
}

/** The name of one sender. */
export type SenderName = keyof BetterAuthEmails;

/** The invitation better-auth hands `sendInvitationEmail`. */
export type InvitationData = Parameters<BetterAuthEmails['sendInvitationEmail']>[0];
