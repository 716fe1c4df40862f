import {
  AuthmailError,
  createMailer,
  createMemoryTemplateStore,
  createMemoryTransport,
  type Mailer,
  type Transport,
} from '@authmail/core';
import { type FetchServer, serveFetchHandler } from '@authmail/testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSendEmailHook } from './hook.js';
import type { SendEmailHookOptions } from './options.js';
import type { SupabaseEmailActionType } from './payload.js';
import { errorMessageOf } from './testing/error-answer.js';
import { type PayloadChanges, payloadFor } from './testing/payloads.js';
import { signedPost, testSecret } from './testing/signed-request.js';

const from = 'Acme <no-reply@acme.test>';
const servers: FetchServer[] = [];

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Serves a hook over `mailer` on 127.0.0.1; posts signed payloads to it. */
async function hookWith(mailer: Mailer, options: Partial<SendEmailHookOptions> = {}) {
  const server = await serveFetchHandler(
    createSendEmailHook({ mailer, secret: testSecret, ...options }),
  );
  servers.push(server);
  return (action: SupabaseEmailActionType, changes?: PayloadChanges) =>
    fetch(server.url, signedPost(JSON.stringify(payloadFor(action, changes))));
}

/** A mailer whose plain-text templates show the variables the hook passed. */
function echoing() {
  const transport = createMemoryTransport();
  const contents = {
    Register: 'code={{code}} link={{link}} app={{application.name}}',
    PasswordChanged: 'time={{time}} user={{user.name}}',
    EmailChanged: 'old={{oldEmail}} new={{newEmail}}',
    PhoneChanged: 'old={{oldPhone}} new={{newPhone}}',
    IdentityUnlinked: 'provider={{provider}}',
    MfaFactorEnrolled: 'factor={{factorType}}',
  };
  const rows = Object.entries(contents).map(([templateType, content]) => ({
    languageTag: 'en',
    templateType,
    details: { subject: templateType, content, contentType: 'text/plain' as const },
  }));
  const mailer = createMailer({ transport, from, templates: createMemoryTemplateStore(rows) });
  return { transport, mailer };
}

describe('options at work', () => {
  it("verifyBy 'code': the code alone, paired with its address in an email change", async () => {
    const transport = createMemoryTransport();
    const post = await hookWith(createMailer({ transport, from, builtins: true }), {
      verifyBy: 'code',
    });
    expect((await post('signup')).status).toBe(200);
    expect(transport.last()?.text).toContain('305805');
    expect(transport.last()?.text).not.toContain('/verify?');
    transport.clear();
    const secureChange = {
      user: { new_email: 'ann.new@example.com' },
      email_data: {
        token: '111111',
        token_hash: 'h-new',
        token_new: '222222',
        token_hash_new: 'h-cur',
      },
    };
    expect((await post('email_change', secureChange)).status).toBe(200);
    const textTo = (to: string) => transport.messages.find((message) => message.to === to)?.text;
    expect(textTo('ann@example.com')).toContain('111111');
    expect(textTo('ann@example.com')).not.toContain('222222');
    expect(textTo('ann.new@example.com')).toContain('222222');
    expect(textTo('ann.new@example.com')).not.toContain('111111');
  });

  it("verifyBy 'both': the code and the link, for templates that show both", async () => {
    const { transport, mailer } = echoing();
    const post = await hookWith(mailer, { verifyBy: 'both' });
    expect((await post('signup', { email_data: { redirect_to: '' } })).status).toBe(200);
    expect(transport.last()?.text).toBe(
      'code=305805 link=https://abcdefghijklmnop.supabase.co/auth/v1/verify?token=pkce_7d5b7b1964cf5d388340a7f04f1dbb5eeb6c7b52ef8270e1737a58d0&type=signup app=abcdefghijklmnop.supabase.co',
    );
  });

  it('link builds each link from its parts, e.g. to the app’s own /auth/confirm', async () => {
    const { transport, mailer } = echoing();
    const link = vi.fn(
      ({ tokenHash, type }: { tokenHash: string; type: string }) =>
        `https://app.example.com/auth/confirm?token_hash=${tokenHash}&type=${type}`,
    );
    const post = await hookWith(mailer, { link, application: { id: 'notes', name: 'Acme Notes' } });
    expect((await post('signup')).status).toBe(200);
    expect(link).toHaveBeenCalledWith({
      tokenHash: 'pkce_7d5b7b1964cf5d388340a7f04f1dbb5eeb6c7b52ef8270e1737a58d0',
      type: 'signup',
      redirectTo: 'https://app.example.com/welcome?from=email',
      siteUrl: 'https://abcdefghijklmnop.supabase.co/auth/v1',
    });
    expect(transport.last()?.text).toContain(
      'link=https://app.example.com/auth/confirm?token_hash=pkce_7d5b7b1964cf5d388340a7f04f1dbb5eeb6c7b52ef8270e1737a58d0&type=signup app=Acme Notes',
    );
  });

  it('locale picks the language instead of user_metadata.locale', async () => {
    const transport = createMemoryTransport();
    const post = await hookWith(createMailer({ transport, from, builtins: true }), {
      locale: (payload) => (payload.user.app_metadata as { lang?: string }).lang,
    });
    await post('magiclink', { user: { app_metadata: { lang: 'pt-BR' } } });
    expect(transport.last()?.html).toContain('<html lang="pt-BR"');
  });

  it('a notice says when Supabase called (metadata.time), else now', async () => {
    const { transport, mailer } = echoing();
    const post = await hookWith(mailer);
    await post('password_changed_notification');
    expect(transport.last()?.text).toBe('time=2026-03-02T09:15:27.123Z user=Ann Example');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-04-01T12:00:00Z') });
    await post('password_changed_notification', { metadata: { time: undefined } });
    expect(transport.last()?.text).toContain('time=2026-04-01T12:00:00.000Z');
  });

  it.each([
    [
      'email_changed_notification',
      { old_email: 'ann.old@example.com' },
      {},
      'old=ann.old@example.com new=ann@example.com',
    ],
    [
      'phone_changed_notification',
      { old_phone: '+15550100' },
      { phone: '+15550199' },
      'old=+15550100 new=+15550199',
    ],
    ['identity_unlinked_notification', { provider: 'github' }, {}, 'provider=github'],
    ['mfa_factor_enrolled_notification', { factor_type: 'totp' }, {}, 'factor=totp'],
  ] as const)('%s passes what changed', async (action, emailData, user, expected) => {
    const { transport, mailer } = echoing();
    const post = await hookWith(mailer);
    expect((await post(action, { email_data: emailData, user })).status).toBe(200);
    expect(transport.last()?.text).toBe(expected);
  });

  it('answers 413 to a body over maxBodyBytes, sending nothing', async () => {
    const transport = createMemoryTransport();
    const post = await hookWith(createMailer({ transport, from, builtins: true }), {
      maxBodyBytes: 512,
    });
    const answer = await post('signup');
    expect(await errorMessageOf(answer, 413)).toBe('The request body is too large.');
    expect(transport.messages).toEqual([]);
  });
});

describe('failed sends', () => {
  /** The error message the hook answers with `status` when `mailer` fails, and its `onError`. */
  async function failure(
    status: number,
    mailer: Mailer,
    options: Partial<SendEmailHookOptions> = {},
    changes: PayloadChanges = {},
  ) {
    const onError = vi.fn();
    const post = await hookWith(mailer, { onError, ...options });
    return { message: await errorMessageOf(await post('signup', changes), status), onError };
  }

  it('503 when trying again may work (the provider is down)', async () => {
    const down = new AuthmailError('provider_unavailable', 'Mailgun answered 503.');
    const transport = createMemoryTransport({ failWhen: () => down });
    const { message, onError } = await failure(
      503,
      createMailer({ transport, from, builtins: true }),
    );
    expect(message).toBe('provider_unavailable: Mailgun answered 503.');
    expect(onError).toHaveBeenCalledWith(down);
  });

  it('503 when the sends outlast timeoutMs, abandoning them', async () => {
    const stuck: Transport = { name: 'stuck', send: () => new Promise(() => {}) };
    const mailer = createMailer({ transport: stuck, from, builtins: true });
    const { message } = await failure(503, mailer, { timeoutMs: 50 });
    expect(message).toMatch(/^timeout: The email was not sent within 50 ms/);
  });

  it('422 when the payload cannot make an email (the address is not one)', async () => {
    const mailer = createMailer({ transport: createMemoryTransport(), from, builtins: true });
    const notOneAddress = { user: { email: 'ann@example.com, eve@example.com' } };
    const { message } = await failure(422, mailer, {}, notOneAddress);
    expect(message).toMatch(/^invalid_message: /);
  });

  it('500 for our own setup: no template for the usage type', async () => {
    const mailer = createMailer({ transport: createMemoryTransport(), from });
    expect((await failure(500, mailer)).message).toMatch(/^template_not_found: /);
  });

  it('500 with a fixed sentence for an unexpected error, which onError gets', async () => {
    const broken = new Error('/srv/app/link-builder.js exploded');
    const mailer = createMailer({ transport: createMemoryTransport(), from, builtins: true });
    const throwing = () => {
      throw broken;
    };
    const { message, onError } = await failure(500, mailer, { link: throwing });
    expect(message).toBe('Unexpected error in the authmail Send Email Hook.');
    expect(onError).toHaveBeenCalledWith(broken);
  });
});
