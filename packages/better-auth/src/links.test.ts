import { describe, expect, it } from 'vitest';
import {
  baseURL,
  cookiesFrom,
  createTestAuth,
  follow,
  german,
  linkIn,
  signedInUser,
  type TestAuth,
} from './testing/test-auth.js';

// The links real better-auth builds (verification, password reset, magic
// link, account deletion, email change), asked for through auth.api with a
// German Accept-Language: each arrives in German under its usage type, and
// following it does what better-auth promises.

const ann = { email: 'ann@example.com', name: 'Ann Muster' };
const password = 'correct horse battery staple';

/** The last email: its message, the link in it, and what the mailer was asked and answered. */
function lastEmail(testAuth: TestAuth) {
  const message = testAuth.transport.last();
  const sent = testAuth.sent.at(-1);
  return { message, link: linkIn(message?.text), request: sent?.request, result: sent?.result };
}

describe('sendVerificationEmail', () => {
  it('sends the sign-up link as Register in German, and following it verifies the address', async () => {
    const testAuth = createTestAuth();
    await testAuth.auth.api.signUpEmail({
      body: { ...ann, password, image: 'https://acme.test/ann.png' },
      headers: german(),
    });

    const { message, link, request, result } = lastEmail(testAuth);
    expect(message).toMatchObject({ to: ann.email, tags: ['Register'] });
    expect(link.startsWith(`${baseURL}/api/auth/verify-email?token=`)).toBe(true);
    expect(result?.languageTag).toBe('de');
    const user = testAuth.db.user?.[0];
    expect(request?.variables).toEqual({
      link,
      user: {
        id: user?.id,
        name: ann.name,
        primaryEmail: ann.email,
        avatar: 'https://acme.test/ann.png',
      },
      application: { id: 'Acme', name: 'Acme' },
      expiresInMinutes: 60,
    });

    expect(user?.emailVerified).toBe(false);
    await follow(testAuth, link);
    expect(testAuth.db.user?.[0]?.emailVerified).toBe(true);
  });
});

describe('sendVerificationEmail over HTTP', () => {
  it('takes the language from the request better-auth passes', async () => {
    const testAuth = createTestAuth();
    const response = await testAuth.auth.handler(
      new Request(`${baseURL}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr-CA,fr;q=0.9' },
        body: JSON.stringify({ ...ann, password }),
      }),
    );
    expect(response.status).toBe(200);
    expect(testAuth.transport.last()).toMatchObject({ to: ann.email, tags: ['Register'] });
    expect(testAuth.sent.at(-1)?.result.languageTag).toBe('fr');
  });
});

describe('sendResetPassword', () => {
  it('sends the reset link as ForgotPassword in German, and its token sets a new password', async () => {
    const testAuth = createTestAuth();
    await signedInUser(testAuth, { ...ann, password });
    await testAuth.auth.api.requestPasswordReset({
      body: { email: ann.email, redirectTo: '/reset' },
      headers: german(),
    });

    const { message, link, request, result } = lastEmail(testAuth);
    expect(message).toMatchObject({ to: ann.email, tags: ['ForgotPassword'] });
    expect(result?.languageTag).toBe('de');
    expect(request?.variables).toMatchObject({ link, expiresInMinutes: 60 });
    const token = new URL(link).pathname.split('/').at(-1) ?? '';
    expect(link.startsWith(`${baseURL}/api/auth/reset-password/${token}`)).toBe(true);

    await testAuth.auth.api.resetPassword({
      body: { token, newPassword: 'a brand new passphrase' },
    });
    const signIn = await testAuth.auth.api.signInEmail({
      body: { email: ann.email, password: 'a brand new passphrase' },
    });
    expect(signIn.user.email).toBe(ann.email);
  });
});

describe('sendMagicLink', () => {
  it('sends the magic link as SignIn in German, and following it signs in', async () => {
    const testAuth = createTestAuth();
    await testAuth.auth.api.signInMagicLink({
      body: { email: ann.email, callbackURL: '/dashboard' },
      headers: german(),
    });

    const { message, link, request, result } = lastEmail(testAuth);
    expect(message).toMatchObject({ to: ann.email, tags: ['SignIn'] });
    expect(link.startsWith(`${baseURL}/api/auth/magic-link/verify?token=`)).toBe(true);
    expect(result?.languageTag).toBe('de');
    expect(request?.variables).toEqual({
      link,
      application: { id: 'Acme', name: 'Acme' },
      expiresInMinutes: 5,
    });

    const response = await follow(testAuth, link);
    expect(response.headers.get('location')).toBe(`${baseURL}/dashboard`);
    expect(cookiesFrom(response.headers)).toContain('better-auth.session_token=');
  });
});

describe('sendDeleteAccountVerification', () => {
  it('sends the deletion link as DeleteAccount in German, and following it deletes the account', async () => {
    const testAuth = createTestAuth();
    const cookie = await signedInUser(testAuth, ann);
    await testAuth.auth.api.deleteUser({ body: {}, headers: german({ cookie }) });

    const { message, link, request, result } = lastEmail(testAuth);
    expect(message).toMatchObject({ to: ann.email, tags: ['DeleteAccount'] });
    expect(link.startsWith(`${baseURL}/api/auth/delete-user/callback?token=`)).toBe(true);
    expect(result?.languageTag).toBe('de');
    expect(request?.variables).toMatchObject({ link, expiresInMinutes: 24 * 60 });

    expect(testAuth.db.user).toHaveLength(1);
    await follow(testAuth, link, german({ cookie }));
    expect(testAuth.db.user).toHaveLength(0);
  });
});

describe('changing the email address', () => {
  it('asks the current address to approve (UserPermissionValidation), then verifies the new one (BindNewIdentifier)', async () => {
    const testAuth = createTestAuth();
    await testAuth.auth.api.signUpEmail({ body: { ...ann, password }, headers: german() });
    await follow(testAuth, lastEmail(testAuth).link);
    const { headers } = await testAuth.auth.api.signInEmail({
      body: { email: ann.email, password },
      returnHeaders: true,
    });
    const cookie = cookiesFrom(headers);
    const newEmail = 'ann.neu@example.com';
    await testAuth.auth.api.changeEmail({ body: { newEmail }, headers: german({ cookie }) });

    const approval = lastEmail(testAuth);
    expect(approval.message).toMatchObject({ to: ann.email, tags: ['UserPermissionValidation'] });
    expect(approval.result?.languageTag).toBe('de');
    expect(approval.request?.variables).toMatchObject({ newEmail, expiresInMinutes: 60 });

    await follow(testAuth, approval.link, german({ cookie }));
    const verification = lastEmail(testAuth);
    expect(verification.message).toMatchObject({ to: newEmail, tags: ['BindNewIdentifier'] });
    expect(verification.result?.languageTag).toBe('de');
    expect(verification.request?.variables).toMatchObject({
      user: { name: ann.name, primaryEmail: newEmail },
    });

    expect(testAuth.db.user?.[0]?.email).toBe(ann.email);
    await follow(testAuth, verification.link, german({ cookie }));
    expect(testAuth.db.user?.[0]?.email).toBe(newEmail);
  });

  it('verifies the new address of an unverified user at once (BindNewIdentifier)', async () => {
    const testAuth = createTestAuth();
    const cookie = await signedInUser(testAuth, ann);
    const newEmail = 'ann.neu@example.com';
    await testAuth.auth.api.changeEmail({ body: { newEmail }, headers: german({ cookie }) });

    const verification = lastEmail(testAuth);
    expect(verification.message).toMatchObject({ to: newEmail, tags: ['BindNewIdentifier'] });
    expect(verification.result?.languageTag).toBe('de');
    await follow(testAuth, verification.link, german({ cookie }));
    expect(testAuth.db.user?.[0]?.email).toBe(newEmail);
  });
});
