import { createMailer, createMemoryTransport } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { createSendEmailHook } from './hook.js';
import type { SendEmailHookOptions } from './options.js';
import { testSecret } from './testing/signed-request.js';

const mailer = createMailer({
  transport: createMemoryTransport(),
  from: 'Acme <no-reply@acme.test>',
});

/** What `createSendEmailHook` throws for `options`. */
function thrownBy(options: Partial<SendEmailHookOptions> & Record<string, unknown>): unknown {
  try {
    createSendEmailHook({ mailer, secret: testSecret, ...options } as SendEmailHookOptions);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createSendEmailHook options', () => {
  it.each([
    ['a secret without whsec_', 'v1,c2VjcmV0LXZhbHVlLTEyMzQ1Ng=='],
    ['a secret that is not base64', 'v1,whsec_not*base64!'],
    ['an empty secret', 'v1,whsec_'],
    ['a secret with broken padding', 'v1,whsec_c2VjcmV0LXZhbHVlLTEyMzQ1Ng='],
    ['a secret with another version', 'v2,whsec_c2VjcmV0LXZhbHVlLTEyMzQ1Ng=='],
  ])('refuses %s, naming `secret` and never echoing it', (_, secret) => {
    const error = thrownBy({ secret });
    expect(error).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('secret: must be the hook secret as Supabase shows it'),
    });
    const shown = JSON.stringify(error) + String((error as Error).message);
    const key = secret.replace(/^v\d,(whsec_)?/, '');
    if (key !== '') expect(shown).not.toContain(key);
  });

  it('refuses a secret that is not a string, naming it', () => {
    expect(thrownBy({ secret: 42 as never })).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('secret:'),
    });
  });

  it('takes the secret as Supabase shows it, or without its v1, prefix', () => {
    expect(thrownBy({ secret: testSecret })).toBeUndefined();
    expect(thrownBy({ secret: testSecret.slice('v1,'.length) })).toBeUndefined();
  });

  it('refuses a misspelt option, naming the one it probably meant', () => {
    expect(thrownBy({ timeoutMS: 1000 })).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('did you mean `timeoutMs`?'),
    });
  });

  it.each([
    ['timeoutMs', { timeoutMs: 6000 }, 'timeoutMs: must be a whole number from 1 to 5000 ms'],
    ['verifyBy', { verifyBy: 'sms' }, 'verifyBy:'],
    ['application', { application: { id: 'web' } }, 'application.name:'],
    ['mailer', { mailer: {} }, 'mailer: must be a mailer'],
    ['link', { link: 'https://app.example.com' }, 'link: must be a function'],
  ])('refuses a wrong %s, naming it', (_, options, problem) => {
    expect(thrownBy(options as Record<string, unknown>)).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining(problem),
    });
  });
});
