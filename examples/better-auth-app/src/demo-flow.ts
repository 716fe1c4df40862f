import type { Auth } from './auth.js';
import type { SentEmail } from './recording-mailer.js';

/** One step of the demo: what Ann did, in which language, and the emails it sent. */
export interface DemoStep {
  title: string;
  acceptLanguage: string;
  emails: SentEmail[];
}

const ann = {
  name: 'Ann Muster',
  email: 'ann@example.com',
  password: 'correct horse battery staple',
};

/** The link an email carried. */
function linkOf(email: SentEmail | undefined): string {
  const link = (email?.request.variables as { link?: unknown } | undefined)?.link;
  if (typeof link !== 'string') throw new Error('the email carried no link');
  return link;
}

/** The `Cookie` header for the cookies an answer sets. */
function cookiesOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/**
 * Ann's life with the app, each step in another language: she signs up (and
 * follows the verification link), signs in by magic link and by code,
 * resets her password by link and by code, invites Bob to her organization,
 * turns on two-factor sign-in, changes her address and deletes her account.
 * better-auth sends every email through `sent`'s mailer.
 */
export async function runDemoFlow(auth: Auth, sent: readonly SentEmail[]): Promise<DemoStep[]> {
  const steps: DemoStep[] = [];
  let cookie = '';
  const step = async (
    title: string,
    acceptLanguage: string,
    action: (headers: Headers) => Promise<unknown>,
  ) => {
    const before = sent.length;
    const headers = new Headers({ 'accept-language': acceptLanguage });
    if (cookie) headers.set('cookie', cookie);
    await action(headers);
    steps.push({ title, acceptLanguage, emails: sent.slice(before) });
  };
  const follow = (link: string, headers: Headers) => auth.handler(new Request(link, { headers }));

  await step('Ann signs up and confirms her address', 'de-DE,de;q=0.9', async (headers) => {
    await auth.api.signUpEmail({ body: ann, headers });
    await follow(linkOf(sent.at(-1)), headers);
  });
  await step('Ann asks for a magic link', 'fr-FR,fr;q=0.9', (headers) =>
    auth.api.signInMagicLink({ body: { email: ann.email }, headers }),
  );
  await step('Ann asks for a sign-in code', 'ja-JP,ja;q=0.9', (headers) =>
    auth.api.sendVerificationOTP({ body: { email: ann.email, type: 'sign-in' }, headers }),
  );
  await step('Ann forgot her password: a reset link', 'es-ES,es;q=0.9', (headers) =>
    auth.api.requestPasswordReset({ body: { email: ann.email }, headers }),
  );
  await step('Ann forgot her password: a reset code', 'ko-KR,ko;q=0.9', (headers) =>
    auth.api.requestPasswordResetEmailOTP({ body: { email: ann.email }, headers }),
  );
  const signIn = await auth.api.signInEmail({
    body: { email: ann.email, password: ann.password },
    returnHeaders: true,
  });
  cookie = cookiesOf(signIn.headers);
  await step('Ann invites Bob to Acme Robotics', 'pt-BR,pt;q=0.9', async (headers) => {
    const team = await auth.api.createOrganization({
      body: { name: 'Acme Robotics', slug: 'acme-robotics' },
      headers,
    });
    await auth.api.createInvitation({
      body: { email: 'bob@example.com', role: 'member', organizationId: team?.id ?? '' },
      headers,
    });
  });
  await step('Ann turns on two-step sign-in by email', 'zh-CN,zh;q=0.9', async (headers) => {
    await auth.api.enableTwoFactor({ body: { password: ann.password }, headers });
    await auth.api.sendTwoFactorOTP({ body: {}, headers });
  });
  await step('Ann moves to a new address', 'en-US,en;q=0.9', async (headers) => {
    await auth.api.changeEmail({ body: { newEmail: 'ann.muster@example.org' }, headers });
    await follow(linkOf(sent.at(-1)), headers);
  });
  await step('Ann deletes her account', 'de-DE,de;q=0.9', (headers) =>
    auth.api.deleteUser({ body: {}, headers }),
  );
  return steps;
}
