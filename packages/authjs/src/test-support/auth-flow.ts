import { Auth, type AuthConfig } from '@auth/core';

/** Where the test app runs; Auth.js's routes are under `/auth`. */
export const origin = 'https://app.acme.test';

/** Where the user lands once signed in. */
export const callbackUrl = `${origin}/dashboard`;

/** The `Cookie` header a browser would send back after `response`. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** What the user types and what the browser adds to the sign-in form. */
export interface SignInForm {
  email: string;
  /** The provider's id. Default `authmail`. */
  providerId?: string;
  /** `Accept-Language`, when the browser sends one. */
  acceptLanguage?: string;
}

/**
 * Posts Auth.js's email sign-in form, as its sign-in page does: a CSRF token
 * from `/auth/csrf` with its cookie first, then the address.
 */
export async function postSignIn(config: AuthConfig, form: SignInForm): Promise<Response> {
  const csrf = await Auth(new Request(`${origin}/auth/csrf`), config);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    cookie: cookiesOf(csrf),
  });
  if (form.acceptLanguage !== undefined) headers.set('accept-language', form.acceptLanguage);
  const body = new URLSearchParams({ email: form.email, csrfToken, callbackUrl });
  const path = `/auth/signin/${form.providerId ?? 'authmail'}`;
  return Auth(new Request(`${origin}${path}`, { method: 'POST', headers, body }), config);
}

/** Opens `link` (the one in the email) and then the session, as the browser would. */
export async function followLink(
  config: AuthConfig,
  link: string,
): Promise<{ response: Response; session: { user?: { email?: string } } | null }> {
  const response = await Auth(new Request(link), config);
  const sessionRequest = new Request(`${origin}/auth/session`, {
    headers: { cookie: cookiesOf(response) },
  });
  const session = await (await Auth(sessionRequest, config)).json();
  return { response, session: session as { user?: { email?: string } } | null };
}
