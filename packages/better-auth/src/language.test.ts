import { createMailer, createMemoryTransport } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { betterAuthEmails } from './index.js';
import type { LocaleContext } from './options.js';
import { createTestAuth, german, signedInUser } from './testing/test-auth.js';

// How the language and the application are chosen: the `locale` option,
// then the request's Accept-Language (from `request`, else the endpoint
// better-auth runs the sender in), and the application from the option or
// better-auth's appName.

const ann = { email: 'ann@example.com', name: 'Ann Muster' };

describe('the language', () => {
  it('is the `locale` option’s tag when it gives one, told the sender, address, headers and user', async () => {
    const calls: [LocaleContext, unknown][] = [];
    const testAuth = createTestAuth({
      emails: {
        locale: (context, user) => {
          calls.push([context, user]);
          return 'ja';
        },
      },
    });
    await signedInUser(testAuth, ann);
    await testAuth.auth.api.requestPasswordReset({
      body: { email: ann.email },
      headers: german(),
    });

    expect(testAuth.sent.at(-1)?.result.languageTag).toBe('ja');
    const [context, user] = calls.at(-1) ?? [];
    expect(context).toMatchObject({ sender: 'sendResetPassword', email: ann.email });
    expect(context?.headers?.get('accept-language')).toContain('de-DE');
    expect(user).toMatchObject({ email: ann.email, name: ann.name });
  });

  it('falls back to Accept-Language when `locale` gives nothing', async () => {
    const testAuth = createTestAuth({ emails: { locale: async () => undefined } });
    await testAuth.auth.api.sendVerificationOTP({
      body: { email: ann.email, type: 'sign-in' },
      headers: german(),
    });
    expect(testAuth.sent[0]?.result.languageTag).toBe('de');
  });

  it('is the default language for a sender called outside better-auth, with no expiry and better-auth’s default name', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
    const sent: unknown[] = [];
    const emails = betterAuthEmails({
      send: async (request) => {
        sent.push(request);
        return mailer.send(request);
      },
    });
    await emails.sendVerificationOTP({ email: ann.email, otp: '482913', type: 'sign-in' });

    expect(sent).toEqual([
      {
        to: ann.email,
        usageType: 'SignIn',
        variables: { code: '482913', application: { id: 'Better Auth', name: 'Better Auth' } },
      },
    ]);
    expect(transport.last()?.text).toContain('482913');
  });
});

describe('the application', () => {
  it('is the `application` option when given', async () => {
    const application = { id: 'web', name: 'Acme Web' };
    const testAuth = createTestAuth({ emails: { application } });
    await testAuth.auth.api.sendVerificationOTP({
      body: { email: ann.email, type: 'sign-in' },
      headers: german(),
    });
    expect(testAuth.sent[0]?.request.variables).toMatchObject({ application });
    expect(testAuth.transport.last()?.text).toContain('Acme Web');
  });

  it('is better-auth’s own default name when the app sets no appName', async () => {
    const testAuth = createTestAuth({ betterAuth: { appName: undefined } });
    await testAuth.auth.api.signInMagicLink({ body: { email: ann.email }, headers: german() });
    expect(testAuth.sent[0]?.request.variables).toMatchObject({
      application: { id: 'Better Auth', name: 'Better Auth' },
    });
  });
});
