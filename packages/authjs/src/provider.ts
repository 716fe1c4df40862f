import type {
  EmailConfig,
  EmailProviderSendVerificationRequestParams,
} from '@auth/core/providers/email';
import { type AuthmailOptions, checkAuthmailOptions } from './options.js';
import { signInEmail } from './sign-in-email.js';

/**
 * An Auth.js email provider that sends the sign-in link as authmail's
 * `SignIn` email: `link` is the URL Auth.js made, the language comes from the
 * `locale` option or the request's `Accept-Language`, and the email says how
 * many minutes the link is valid. Like every Auth.js email provider, it needs
 * an adapter (Auth.js stores the verification token).
 *
 * A failed send rejects with the mailer's `AuthmailError`; Auth.js logs it
 * and sends the user to its error page.
 *
 * @example
 * ```ts
 * const config: AuthConfig = {
 *   adapter, // any Auth.js adapter
 *   providers: [Authmail({ mailer, maxAge: 15 * 60 })],
 * };
 * ```
 * @throws AuthmailError `invalid_config` naming a wrong option, or a key that is not one.
 */
export function Authmail(options: AuthmailOptions): EmailConfig {
  const { mailer, id, name, application, locale, ...authjsFields } = checkAuthmailOptions(options);
  const send = async (params: EmailProviderSendVerificationRequestParams) => {
    await mailer.send(await signInEmail(params, { application, locale }, Date.now()));
  };
  return {
    ...authjsFields,
    id: id ?? 'authmail',
    type: 'email',
    name: name ?? 'Email',
    sendVerificationRequest(params) {
      const sending = send(params);
      // Auth.js awaits this promise only after hashing the token, so a send
      // that fails at once (a bad template, a refused message) would meanwhile
      // count as an unhandled rejection and could end the process. Marked
      // handled here, it still rejects for Auth.js.
      sending.catch(() => undefined);
      return sending;
    },
  };
}
