import { createMailer, createMemoryTransport, type OutgoingEmail } from '@authmail/core';
import { type FetchServer, serveFetchHandler } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSendEmailHook } from './hook.js';
import type { SupabaseEmailActionType } from './payload.js';
import { errorMessageOf } from './testing/error-answer.js';
import { type PayloadChanges, payloadFor, siteUrl } from './testing/payloads.js';
import { signedPost, testSecret } from './testing/signed-request.js';

const transport = createMemoryTransport();
const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
let server: FetchServer;

beforeAll(async () => {
  server = await serveFetchHandler(createSendEmailHook({ mailer, secret: testSecret }));
});
afterEach(() => transport.clear());
afterAll(() => server.close());

/** Posts the payload for `action`, signed as Supabase signs it. */
async function post(action: SupabaseEmailActionType, changes?: PayloadChanges): Promise<Response> {
  return fetch(server.url, signedPost(JSON.stringify(payloadFor(action, changes))));
}

/** Supabase's verification link for a token hash and type. */
function verifyLink(tokenHash: string, type: string): string {
  const redirect = encodeURIComponent('https://app.example.com/welcome?from=email');
  return `${siteUrl}/verify?token=${tokenHash}&type=${type}&redirect_to=${redirect}`;
}

/** The links of an HTML body, entities decoded. */
function hrefsIn(html = ''): string[] {
  const decode = (value: string) => value.replaceAll('&#x3D;', '=').replaceAll('&amp;', '&');
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => decode(match[1] ?? ''));
}

const hash = 'pkce_7d5b7b1964cf5d388340a7f04f1dbb5eeb6c7b52ef8270e1737a58d0';

/** The usage type, language and text of what arrived. */
function received(message: OutgoingEmail | undefined) {
  return {
    to: message?.to,
    usageType: message?.tags?.[0],
    language: /<html lang="([^"]+)"/.exec(message?.html ?? '')?.[1],
  };
}

describe('every email_action_type', () => {
  it.each([
    ['signup', 'de', 'Register'],
    ['magiclink', 'ja', 'SignIn'],
    ['recovery', 'fr', 'ForgotPassword'],
  ] as const)('%s in %s: %s with the verify link', async (action, locale, usageType) => {
    const answer = await post(action, { user: { user_metadata: { locale } } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await answer.json()).toEqual({});
    expect(transport.messages).toHaveLength(1);
    const message = transport.last();
    expect(received(message)).toEqual({ to: 'ann@example.com', usageType, language: locale });
    expect(message?.text).toContain(verifyLink(hash, action));
    expect(hrefsIn(message?.html)).toContain(verifyLink(hash, action));
    expect(message?.text).not.toContain('305805');
  });

  it('invite: Invite with the verify link, named after the project', async () => {
    expect((await post('invite', { user: { user_metadata: { locale: 'es' } } })).status).toBe(200);
    const message = transport.last();
    expect(received(message)).toEqual({
      to: 'ann@example.com',
      usageType: 'Invite',
      language: 'es',
    });
    expect(message?.text).toContain(verifyLink(hash, 'invite'));
    expect(message?.text).toContain('abcdefghijklmnop.supabase.co');
  });

  it.each([
    ['email', 'an email OTP sign-in', 'SignIn', { email_data: { token_hash: '' } }],
    ['reauthentication', 'no link exists', 'UserPermissionValidation', {}],
  ] as const)('%s (%s): %s with the code', async (action, _, usageType, changes) => {
    expect((await post(action, changes)).status).toBe(200);
    const message = transport.last();
    expect(received(message)).toEqual({ to: 'ann@example.com', usageType, language: 'de' });
    expect(message?.text).toContain('305805');
    expect(message?.text).not.toContain('/verify?');
  });

  it.each([
    ['password_changed_notification', 'PasswordChanged', {}, undefined],
    ['phone_changed_notification', 'PhoneChanged', { old_phone: '+15550100' }, '+15550100'],
    ['identity_linked_notification', 'IdentityLinked', { provider: 'github' }, 'github'],
    ['identity_unlinked_notification', 'IdentityUnlinked', { provider: 'github' }, 'github'],
    ['mfa_factor_enrolled_notification', 'MfaFactorEnrolled', { factor_type: 'totp' }, 'totp'],
    [
      'mfa_factor_unenrolled_notification',
      'MfaFactorUnenrolled',
      { factor_type: 'phone' },
      'phone',
    ],
  ] as const)('%s: %s to the user', async (action, usageType, emailData, detail) => {
    const answer = await post(action, { email_data: { token: '', token_hash: '', ...emailData } });
    expect(answer.status).toBe(200);
    const message = transport.last();
    expect(received(message)).toEqual({ to: 'ann@example.com', usageType, language: 'de' });
    if (detail) expect(message?.text).toContain(detail);
  });

  it('email_changed_notification: EmailChanged, to the address that was replaced', async () => {
    const changes = { email_data: { token: '', token_hash: '', old_email: 'ann.old@example.com' } };
    expect((await post('email_changed_notification', changes)).status).toBe(200);
    const message = transport.last();
    expect(received(message)).toEqual({
      to: 'ann.old@example.com',
      usageType: 'EmailChanged',
      language: 'de',
    });
    expect(message?.text).toContain('ann@example.com');
  });
});

describe('email_change', () => {
  it('with secure email change: the current address gets token and token_hash_new, the new one token_new and token_hash', async () => {
    const answer = await post('email_change', {
      user: { new_email: 'ann.new@example.com' },
      email_data: {
        token: '111111',
        token_hash: 'hash-for-new',
        token_new: '222222',
        token_hash_new: 'hash-for-current',
      },
    });
    expect(answer.status).toBe(200);
    const byAddress = Object.fromEntries(
      transport.messages.map((message) => [message.to, message]),
    );
    expect(Object.keys(byAddress).sort()).toEqual(['ann.new@example.com', 'ann@example.com']);
    const current = byAddress['ann@example.com'];
    const fresh = byAddress['ann.new@example.com'];
    expect(received(current).usageType).toBe('UserPermissionValidation');
    expect(received(fresh).usageType).toBe('BindNewIdentifier');
    expect(current?.text).toContain(verifyLink('hash-for-current', 'email_change'));
    expect(current?.text).not.toContain('hash-for-new');
    expect(fresh?.text).toContain(verifyLink('hash-for-new', 'email_change'));
    expect(fresh?.text).not.toContain('hash-for-current');
  });

  it('without it: one email, to the new address, with token and token_hash', async () => {
    const answer = await post('email_change', {
      user: { new_email: 'ann.new@example.com' },
      email_data: { token: '333333', token_hash: 'hash-for-new' },
    });
    expect(answer.status).toBe(200);
    expect(transport.messages.map((message) => message.to)).toEqual(['ann.new@example.com']);
    expect(transport.last()?.text).toContain(verifyLink('hash-for-new', 'email_change'));
  });

  it('refuses an email change without user.new_email (400), sending nothing', async () => {
    const message = await errorMessageOf(await post('email_change'), 400);
    expect(message).toBe('user.new_email: needed for email_change');
    expect(transport.messages).toEqual([]);
  });
});

describe('the signature', () => {
  const body = JSON.stringify(payloadFor('signup'));

  async function refused(init: RequestInit, reason: string): Promise<void> {
    const message = await errorMessageOf(await fetch(server.url, init), 401);
    expect(message).toContain(reason);
    expect(message).not.toContain(testSecret.slice('v1,whsec_'.length));
    expect(transport.messages).toEqual([]);
  }

  it('refuses a forged signature', async () => {
    const init = signedPost(body);
    init.headers['webhook-signature'] = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
    await refused(init, 'No matching signature');
  });

  it('refuses a body changed after signing', async () => {
    const init = signedPost(body);
    await refused(
      { ...init, body: body.replace('ann@example.com', 'eve@example.com') },
      'No matching signature',
    );
  });

  it('refuses a signature made with another secret', async () => {
    const other = `v1,whsec_${Buffer.from('some other project secret 32b!!!').toString('base64')}`;
    await refused(signedPost(body, { secret: other }), 'No matching signature');
  });

  it('refuses a timestamp older than five minutes, though the signature matches it', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await refused(signedPost(body, { at: tenMinutesAgo }), 'too old');
  });

  it('refuses a request without the signature headers', async () => {
    await refused({ method: 'POST', body }, 'Missing required headers');
  });
});

describe('answers', () => {
  it('refuses a body that is not JSON (400), sending nothing', async () => {
    const answer = await fetch(server.url, signedPost('{"user": '));
    expect(await errorMessageOf(answer, 400)).toBe('The body is not JSON.');
    expect(transport.messages).toEqual([]);
  });

  it('refuses a payload that is not the hook payload, naming the fields (400)', async () => {
    const payload = payloadFor('signup');
    const broken = { ...payload, email_data: { ...payload.email_data, email_action_type: 'sms' } };
    const answer = await fetch(server.url, signedPost(JSON.stringify({ ...broken, user: {} })));
    expect(await errorMessageOf(answer, 400)).toMatch(
      /^user\.id: .*; email_data\.email_action_type: /,
    );
  });

  it('answers anything but POST with 405 and Allow: POST', async () => {
    const answer = await fetch(server.url);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(await errorMessageOf(answer, 405)).toBe('Use POST.');
  });
});
