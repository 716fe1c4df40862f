import type { EmailProviderSendVerificationRequestParams } from '@auth/core/providers/email';
import type { ApplicationInfo } from '@authmail/core';
import { minutesUntil } from './expiry.js';
import type { LocaleChooser, SignInSendRequest } from './options.js';

/** What the provider's options add to what Auth.js passes. */
export interface SignInEmailChoices {
  application?: ApplicationInfo | undefined;
  locale?: LocaleChooser | undefined;
}

/**
 * The `SignIn` email for one `sendVerificationRequest` call: the link Auth.js
 * made, to the address it normalized, in the language the chooser or the
 * request's `Accept-Language` asks for, stating when the link expires.
 */
export async function signInEmail(
  params: EmailProviderSendVerificationRequestParams,
  choices: SignInEmailChoices,
  now: number,
): Promise<SignInSendRequest> {
  const locale = await choices.locale?.(params);
  return {
    to: params.identifier,
    usageType: 'SignIn',
    variables: {
      link: params.url,
      application: choices.application ?? applicationOf(params.url),
      expiresInMinutes: minutesUntil(params.expires, now),
    },
    // Optional chaining: a caller other than Auth.js may leave the request out.
    acceptLanguage: params.request?.headers?.get('accept-language') ?? undefined,
    locale: typeof locale === 'string' ? locale : undefined,
  };
}

/** The site the link signs in to, named by its host (`app.acme.com`). */
function applicationOf(url: string): ApplicationInfo {
  const { host } = new URL(url);
  return { id: host, name: host };
}
