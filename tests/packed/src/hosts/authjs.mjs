// Runs inside the user project (outside the workspace, clean environment),
// where the packed @authmail packages and @auth/core are npm-installed: real
// Auth.js with the installed Authmail provider. A German browser posts the
// email sign-in form, the link arrives in German through the memory
// transport, and opening it signs the user in. The same again with the
// provider from the CommonJS build. Prints one JSON line (`ok`, what each
// build saw, the problems); exits 1 on any mismatch.
import { createRequire } from 'node:module';
import { Auth } from '@auth/core';
import { Authmail } from '@authmail/authjs';
import { createMailer, createMemoryTransport } from '@authmail/core';

const origin = 'https://app.acme.test';
const problems = [];
const expectThat = (ok, problem) => {
  if (!ok) problems.push(problem);
};

/** Just what Auth.js's email sign-in with database sessions calls. */
function memoryAdapter() {
  const users = new Map();
  const sessions = new Map();
  const tokens = new Map();
  const key = ({ identifier, token }) => `${identifier} ${token}`;
  return {
    users,
    sessions,
    createUser: (user) => users.set(user.id, user).get(user.id),
    getUser: (id) => users.get(id) ?? null,
    getUserByEmail: (email) => [...users.values()].find((user) => user.email === email) ?? null,
    updateUser: (user) => users.set(user.id, { ...users.get(user.id), ...user }).get(user.id),
    createSession: (session) =>
      sessions.set(session.sessionToken, session).get(session.sessionToken),
    getSessionAndUser(sessionToken) {
      const session = sessions.get(sessionToken);
      return session ? { session, user: users.get(session.userId) } : null;
    },
    updateSession: (session) => sessions.get(session.sessionToken) ?? null,
    deleteSession(sessionToken) {
      sessions.delete(sessionToken);
      return null;
    },
    createVerificationToken: (token) => tokens.set(key(token), token).get(key(token)),
    useVerificationToken(params) {
      const token = tokens.get(key(params)) ?? null;
      tokens.delete(key(params));
      return token;
    },
  };
}

const cookiesOf = (response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

/** Signs `email` in through Auth.js with `provider`, as a browser asking for `acceptLanguage`. */
async function signIn(AuthmailProvider, email, acceptLanguage) {
  const transport = createMemoryTransport();
  const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
  const adapter = memoryAdapter();
  const config = {
    trustHost: true,
    secret: 'packed-authjs-secret-0123456789abcdef',
    adapter,
    providers: [AuthmailProvider({ mailer, maxAge: 15 * 60 })],
    session: { strategy: 'database' },
  };
  const csrf = await Auth(new Request(`${origin}/auth/csrf`), config);
  const { csrfToken } = await csrf.json();
  const posted = await Auth(
    new Request(`${origin}/auth/signin/authmail`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': acceptLanguage,
        cookie: cookiesOf(csrf),
      },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${origin}/dashboard` }),
    }),
    config,
  );
  const message = transport.last();
  const link = message?.text?.match(
    /https:\/\/app\.acme\.test\/auth\/callback\/authmail\?[^\s\]]+/,
  )?.[0];
  const opened = link ? await Auth(new Request(link), config) : undefined;
  const sessionResponse = opened
    ? await Auth(
        new Request(`${origin}/auth/session`, { headers: { cookie: cookiesOf(opened) } }),
        config,
      )
    : undefined;
  const session = sessionResponse ? await sessionResponse.json() : null;
  return {
    posted: posted.status,
    language: message?.html?.match(/<html lang="([^"]+)"/)?.[1],
    linkSent: link !== undefined,
    expiresInMinutes: Number(message?.text?.match(/(\d+) Minuten/)?.[1]),
    opened: opened?.status,
    signedIn: session?.user?.email === email && adapter.sessions.size === 1,
  };
}

const expected = {
  posted: 302,
  language: 'de',
  linkSent: true,
  expiresInMinutes: 15,
  opened: 302,
  signedIn: true,
};
const require = createRequire(import.meta.url);
const results = {
  esm: await signIn(Authmail, 'ann@example.com', 'de-DE,de;q=0.9'),
  cjs: await signIn(require('@authmail/authjs').Authmail, 'ben@example.com', 'de-DE,de;q=0.9'),
};
for (const [build, result] of Object.entries(results)) {
  for (const [field, value] of Object.entries(expected)) {
    expectThat(result[field] === value, `${build}.${field}: ${result[field]}, expected ${value}`);
  }
}
process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, ...results, problems })}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
