import { createMailer, createMemoryTransport, type Mailer } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { type BetterAuthEmailsOptions, betterAuthEmails } from './index.js';

const mailer = createMailer({
  transport: createMemoryTransport(),
  from: 'Acme <no-reply@acme.test>',
  builtins: true,
});

/** What `betterAuthEmails` throws for these arguments. */
function refusal(mailerArgument: unknown, options?: unknown): unknown {
  try {
    betterAuthEmails(
      mailerArgument as Pick<Mailer, 'send'>,
      options as BetterAuthEmailsOptions | undefined,
    );
  } catch (error) {
    return error;
  }
  throw new Error('betterAuthEmails accepted them');
}

describe('betterAuthEmails options', () => {
  it('returns one sender per better-auth email option', () => {
    expect(Object.keys(betterAuthEmails(mailer)).sort()).toEqual([
      'sendChangeEmailConfirmation',
      'sendDeleteAccountVerification',
      'sendInvitationEmail',
      'sendMagicLink',
      'sendOTP',
      'sendResetPassword',
      'sendVerificationEmail',
      'sendVerificationOTP',
    ]);
  });

  it.each([
    ['no mailer', undefined, {}, 'mailer: must be a mailer from createMailer'],
    ['a mailer without send', {}, {}, 'mailer:'],
    ['options that are not an object', mailer, 'de', 'options: must be an object'],
    ['a misspelt option', mailer, { invitationURL: () => '' }, 'did you mean `invitationUrl`?'],
    [
      'an application that is a string',
      mailer,
      { application: 'Acme' },
      'application: must be an object',
    ],
    ['an application without a name', mailer, { application: { id: 'web' } }, 'application.name:'],
    [
      'an application with an empty id',
      mailer,
      { application: { id: '', name: 'Acme' } },
      'application.id:',
    ],
    ['a locale that is a tag', mailer, { locale: 'de' }, 'locale: must be a function'],
    [
      'an invitationUrl that is a URL',
      mailer,
      { invitationUrl: 'https://acme.test' },
      'invitationUrl: must be a function',
    ],
  ])('refuses %s with invalid_config naming the field', (_, mailerArgument, options, named) => {
    expect(refusal(mailerArgument, options)).toMatchObject({
      name: 'AuthmailError',
      code: 'invalid_config',
      retryable: false,
      message: expect.stringContaining(named),
    });
  });
});
