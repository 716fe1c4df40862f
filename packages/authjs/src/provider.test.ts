import { Auth } from '@auth/core';
import { describe, expect, it } from 'vitest';
import { callbackUrl, followLink, origin, postSignIn } from './test-support/auth-flow.js';
import { createTestApp } from './test-support/test-app.js';

// Real @auth/core: the sign-in form is posted as Auth.js's page posts it,
// the email is read from the memory transport, and its link is opened.

const verifyRequestPage = `${origin}/auth/verify-request?provider=authmail&type=email`;

describe('Authmail as an Auth.js email provider', () => {
  it('sends the link Auth.js made as a German SignIn email, and the link signs the user in', async () => {
    const app = createTestApp();

    const response = await postSignIn(app.config, {
      email: 'Ann@Example.com',
      acceptLanguage: 'de-DE,de;q=0.9',
    });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(verifyRequestPage);
    expect(app.links).toEqual([
      expect.stringMatching(/^https:\/\/app\.acme\.test\/auth\/callback\/authmail\?/),
    ]);
    const link = app.links[0] as string;
    expect(app.transport.messages).toHaveLength(1);
    const email = app.transport.messages[0];
    expect(email?.to).toBe('ann@example.com');
    expect(email?.html).toContain('lang="de"');
    expect(email?.text).toContain('Bei app.acme.test anmelden');
    expect(email?.text).toContain(link);

    const { response: signedIn, session } = await followLink(app.config, link);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('location')).toBe(callbackUrl);
    expect(signedIn.headers.getSetCookie().join('\n')).toMatch(/authjs\.session-token=\w/);
    expect(session?.user?.email).toBe('ann@example.com');
    expect([...app.adapter.users.values()].map((user) => user.email)).toEqual(['ann@example.com']);
    expect(app.adapter.sessions.size).toBe(1);
  });

  it('writes in French to a browser that asks for French', async () => {
    const app = createTestApp();
    await postSignIn(app.config, {
      email: 'ann@example.com',
      acceptLanguage: 'fr-CH, fr;q=0.9, en;q=0.8',
    });
    expect(app.transport.last()?.html).toContain('lang="fr"');
    expect(app.transport.last()?.text).toContain('Connexion à app.acme.test');
  });

  it("writes in the mailer's default language when the request has no Accept-Language", async () => {
    const app = createTestApp({ defaultLanguage: 'es' });
    await postSignIn(app.config, { email: 'ann@example.com' });
    expect(app.transport.last()?.html).toContain('lang="es"');
    expect(app.transport.last()?.text).toContain('Inicia sesión en app.acme.test');
  });

  it('prefers what the locale option chooses, and falls back to Accept-Language', async () => {
    const app = createTestApp({
      locale: ({ identifier }) => (identifier.endsWith('.jp') ? 'ja-JP' : undefined),
    });
    const acceptLanguage = 'de-DE,de;q=0.9';
    await postSignIn(app.config, { email: 'ken@example.jp', acceptLanguage });
    await postSignIn(app.config, { email: 'ann@example.com', acceptLanguage });
    expect(app.transport.messages.map(({ html }) => html?.match(/lang="(\w+)"/)?.[1])).toEqual([
      'ja',
      'de',
    ]);
  });

  it.each([
    { maxAge: 15 * 60, minutes: '15' },
    { maxAge: undefined, minutes: '1,440' },
    { maxAge: 90, minutes: '2' },
    { maxAge: 30 * 24 * 60 * 60, minutes: '10,080' },
  ])('says a link with maxAge $maxAge expires in $minutes minutes', async ({ maxAge, minutes }) => {
    const app = createTestApp(maxAge === undefined ? {} : { maxAge });
    await postSignIn(app.config, { email: 'ann@example.com' });
    expect(app.transport.last()?.text).toContain(`The link expires in ${minutes} minutes.`);
  });

  it('names the application as given, else by the host of the link', async () => {
    const named = createTestApp({ application: { id: 'web', name: 'Acme' } });
    const unnamed = createTestApp();
    for (const app of [named, unnamed]) {
      await postSignIn(app.config, { email: 'ann@example.com' });
    }
    expect(named.transport.last()?.text).toContain('Sign in to Acme');
    expect(unnamed.transport.last()?.text).toContain('Sign in to app.acme.test');
  });

  it('works under another id, with the name Auth.js shows', async () => {
    const app = createTestApp({ id: 'magic-link', name: 'Magic link' });
    const providers = await (
      await Auth(new Request(`${origin}/auth/providers`), app.config)
    ).json();
    expect(providers).toMatchObject({ 'magic-link': { id: 'magic-link', name: 'Magic link' } });

    await postSignIn(app.config, { email: 'ann@example.com', providerId: 'magic-link' });
    const link = app.links[0] as string;
    expect(link).toMatch(/^https:\/\/app\.acme\.test\/auth\/callback\/magic-link\?/);
    const { session } = await followLink(app.config, link);
    expect(session?.user?.email).toBe('ann@example.com');
  });
});
