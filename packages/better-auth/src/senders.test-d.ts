import { createMailer, createMemoryTransport } from '@authmail/core';
import type { BetterAuthOptions } from 'better-auth';
import { emailOTP, magicLink, organization, twoFactor } from 'better-auth/plugins';
import { expectTypeOf, test } from 'vitest';
import { type BetterAuthEmails, betterAuthEmails } from './index.js';

const mailer = createMailer({
  transport: createMemoryTransport(),
  from: 'Acme <no-reply@acme.test>',
  builtins: true,
});
const emails = betterAuthEmails(mailer, {
  invitationUrl: (invitation) => `https://acme.test/accept-invitation/${invitation.id}`,
});

test('each sender goes into the better-auth option it is named after', () => {
  const options = {
    emailAndPassword: { enabled: true, sendResetPassword: emails.sendResetPassword },
    emailVerification: { sendVerificationEmail: emails.sendVerificationEmail },
    user: {
      changeEmail: {
        enabled: true,
        sendChangeEmailConfirmation: emails.sendChangeEmailConfirmation,
      },
      deleteUser: { sendDeleteAccountVerification: emails.sendDeleteAccountVerification },
    },
    plugins: [
      emailOTP({ sendVerificationOTP: emails.sendVerificationOTP }),
      magicLink({ sendMagicLink: emails.sendMagicLink }),
      organization({ sendInvitationEmail: emails.sendInvitationEmail }),
      twoFactor({ otpOptions: { sendOTP: emails.sendOTP } }),
    ],
  } satisfies BetterAuthOptions;
  expectTypeOf(options.plugins).toBeArray();
});

test('a sender does not fit an option it is not named after', () => {
  // @ts-expect-error the magic link sender is not called with a user
  emailOTP({ sendVerificationOTP: emails.sendMagicLink });
  const wrong: NonNullable<BetterAuthOptions['emailAndPassword']> = {
    enabled: true,
    // @ts-expect-error the OTP sender is not called with a user and a URL
    sendResetPassword: emails.sendVerificationOTP,
  };
  expectTypeOf(wrong).toBeObject();
});

test('invitationUrl gets the invitation better-auth hands over', () => {
  betterAuthEmails(mailer, {
    invitationUrl: (invitation) => {
      expectTypeOf(invitation.id).toBeString();
      expectTypeOf(invitation.organization.name).toBeString();
      return `https://acme.test/invitations/${invitation.id}`;
    },
  });
  // @ts-expect-error the link is a string
  betterAuthEmails(mailer, { invitationUrl: () => 42 });
});

test('the senders resolve to nothing', () => {
  expectTypeOf<ReturnType<BetterAuthEmails['sendResetPassword']>>().toEqualTypeOf<Promise<void>>();
});
