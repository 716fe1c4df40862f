import { betterAuthEmails } from '@authmail/better-auth';
import type { Mailer } from '@authmail/core';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { emailOTP, magicLink, organization, twoFactor } from 'better-auth/plugins';

/** What {@link createAuth} needs. */
export interface AuthSettings {
  /** Sends the emails: the outbox in the demo and the server, memory in the test. */
  mailer: Pick<Mailer, 'send'>;
  /** Where the app runs; better-auth's links start with it. */
  baseURL: string;
  /** better-auth's secret: 32 random bytes or more. */
  secret: string;
}

/** better-auth's tables and those of the plugins below, empty, for its memory adapter. */
function emptyTables(): Record<string, Record<string, unknown>[]> {
  const tables = ['user', 'session', 'account', 'verification', 'twoFactor'];
  const organizationTables = ['organization', 'member', 'invitation', 'team', 'teamMember'];
  return Object.fromEntries([...tables, ...organizationTables].map((name) => [name, []]));
}

/**
 * A better-auth app (in memory) whose every email authmail sends: each
 * sender of `betterAuthEmails` goes into the option it is named after.
 */
export function createAuth({ mailer, baseURL, secret }: AuthSettings) {
  const emails = betterAuthEmails(mailer, {
    invitationUrl: (invitation) => `${baseURL}/accept-invitation/${invitation.id}`,
  });
  return betterAuth({
    appName: 'Acme',
    baseURL,
    secret,
    database: memoryAdapter(emptyTables()),
    emailAndPassword: { enabled: true, sendResetPassword: emails.sendResetPassword },
    emailVerification: { sendOnSignUp: true, sendVerificationEmail: emails.sendVerificationEmail },
    user: {
      changeEmail: {
        enabled: true,
        sendChangeEmailConfirmation: emails.sendChangeEmailConfirmation,
      },
      deleteUser: {
        enabled: true,
        sendDeleteAccountVerification: emails.sendDeleteAccountVerification,
      },
    },
    plugins: [
      emailOTP({ sendVerificationOTP: emails.sendVerificationOTP }),
      magicLink({ sendMagicLink: emails.sendMagicLink }),
      organization({ sendInvitationEmail: emails.sendInvitationEmail }),
      twoFactor({ otpOptions: { sendOTP: emails.sendOTP } }),
    ],
  });
}

/** The better-auth instance {@link createAuth} makes. */
export type Auth = ReturnType<typeof createAuth>;
